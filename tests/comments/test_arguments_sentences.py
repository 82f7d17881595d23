from newsprism.comments.arguments import sentence_spans


def test_comment_sentences_split_after_end_marks_and_line_breaks():
    text = 'Good move. I support it!  Really?\nA new line "quoted." end'
    assert [text[s:e] for s, e in sentence_spans(text)] == ["Good move.", "I support it!", "Really?",
                                                         'A new line "quoted."', "end"]
