from newsprism.comments.arguments import sentence_spans
from newsprism.comments.civility import _aimed_insults


def test_insult_aimed_at_someone_is_found():
    assert [h[2] for h in _aimed_insults("Anyone defending this is an idiot.")] == ["idiot"]
    assert [h[2] for h in _aimed_insults("You morons never read the pact.")] == ["morons"]


def test_strong_disagreement_and_unaimed_words_are_not_insults():
    assert _aimed_insults("This pact is a shameful disgrace and a terrible mistake.") == []
    assert _aimed_insults("That was a stupid idea of the ministry.") == []


def test_comment_sentences_split_after_end_marks_and_line_breaks():
    text = 'Good move. I support it!  Really?\nA new line "quoted." end'
    assert [text[s:e] for s, e in sentence_spans(text)] == ["Good move.", "I support it!", "Really?",
                                                         'A new line "quoted."', "end"]
