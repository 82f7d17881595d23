from newsprism.nlp.date_resolution import resolve


def test_relative_and_partial_dates():
    assert resolve("the evening of November 27", "2025-11-28") == ("2025-11-27", "day")
    assert resolve("last Tuesday", "2025-11-28") == ("2025-11-25", "day")
    assert resolve("December 28", "2025-11-28") == ("2025-12-28", "day")
    assert resolve("late December", "2025-11-28") == ("2025-12", "month")
    assert resolve("1999", None) == ("1999", "year")
    assert resolve("2026-2028", None) == ("2026/2028", "range")
    assert resolve("the 2000s", None) == ("2000/2009", "range")


def test_durations_and_nonsense_are_not_dates():
    assert resolve("two-day", "2025-11-28")[0] is None
    assert resolve("just weeks", "2025-11-28")[0] is None
    assert resolve("the 21st century", "2025-11-28")[0] is None
