from newsprism.comments.civility import _aimed_insults
from newsprism.comments.keyphrases import cluster_label


def test_insult_aimed_at_someone_is_found():
    assert [h[2] for h in _aimed_insults("Anyone defending this is an idiot.")] == ["idiot"]
    assert [h[2] for h in _aimed_insults("You morons never read the pact.")] == ["morons"]


def test_strong_disagreement_and_unaimed_words_are_not_insults():
    assert _aimed_insults("This pact is a shameful disgrace and a terrible mistake.") == []
    assert _aimed_insults("That was a stupid idea of the ministry.") == []


def test_cluster_label_prefers_phrases_shared_by_the_group():
    label = cluster_label(["Lower tariffs help farms.", "Lower tariffs mean cheaper tractors."],
                          ["The mills will close.", "Korst sold us out."])
    assert label == "lower tariffs"
