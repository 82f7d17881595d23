from newsprism.techniques.voice import quoted_regions, voice_of


def _voice(text: str, word: str) -> str:
    s = text.index(word)
    return voice_of(text, s, s + len(word), 0, len(text), quoted_regions(text, 0, len(text)))[0]


def test_quoted_name_calling_is_attributed():
    t = "Critics called the new tariff plan a 'sham' on Tuesday."
    assert _voice(t, "sham") == "attributed"
    t2 = 'The mayor said the audit was "a disgraceful witch hunt".'
    assert _voice(t2, "disgraceful witch hunt") == "attributed"


def test_reported_speech_without_quotes_is_attributed():
    assert _voice("Analysts suggest the merger is a reckless gamble.", "reckless gamble") == "attributed"
    assert _voice("The bridge plan is a reckless gamble, opponents said.", "reckless gamble") == "attributed"
    assert _voice("The scheme, often referred to as a cash grab, passed.", "cash grab") == "attributed"


def test_author_voice_stays_author():
    assert _voice("This reckless gamble will ruin the harbour town.", "reckless gamble") == "author"
    assert _voice("I say this reckless gamble must end.", "reckless gamble") == "author"


def test_apostrophes_are_not_quotes():
    t = "The council's reckless gamble didn't pay off."
    assert quoted_regions(t, 0, len(t)) == []
    assert _voice(t, "reckless gamble") == "author"


def test_words_around_a_quote_inside_a_criticism_are_attributed():
    t = ("The vote was widely criticized by monitors and rights groups as unfair, and as a 'farce' meant to "
         "legitimize the council's grip on power.")
    assert _voice(t, "farce") == "attributed"
    assert _voice(t, "legitimize") == "attributed"
    assert _voice("The ruling party has condemned the report as propaganda.", "propaganda") == "attributed"
