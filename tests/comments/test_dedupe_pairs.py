from comments_summit import DUP_A, DUP_B, SUMMIT

from newsprism.comments.duplicates import duplicate_groups, near_duplicates, normalize


def test_near_duplicates_finds_punctuation_variant(make_doc):
    doc = make_doc(SUMMIT)
    texts = [doc.text[c.start : c.end] for c in doc.comments]
    pairs = near_duplicates(texts)
    assert [(i, j) for i, j, _ in pairs] == [(DUP_A, DUP_B)]
    assert pairs[0][2] >= 88


def test_near_duplicates_ignores_different_and_tiny_texts():
    texts = ["so true", "so true", "The port opens in June and I like it.", "The mills close in June and I hate it."]
    assert near_duplicates(texts) == []


def test_duplicate_groups_are_transitive():
    assert duplicate_groups(5, [(0, 2, 95.0), (2, 4, 91.0)]) == [[0, 2, 4]]
    assert normalize("Korst, is  SELLING!") == "korst is selling"
