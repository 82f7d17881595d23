"""Figures read with each language's own number rules (CLDR via Babel): decimal commas, grouped thousands,
scale words, currency signs before or after; words that need grammar (counts, dates) are left out."""

from __future__ import annotations

import pytest

from newsprism.claims.figures import find_figures


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "Сделка на 2 млн ₽ и 30 % акций; ещё 1 200 000 RUB.",
     [("2 млн ₽", 2e6, "money", "RUB"), ("30 %", 30.0, "percent", None), ("1 200 000 RUB", 1.2e6, "money", "RUB")]),
    ("de", "Das Werk kostet 1.250,50 € und 3 Mrd. USD.",
     [("1.250,50 €", 1250.5, "money", "EUR"), ("3 Mrd. USD", 3e9, "money", "USD")]),
    ("fr", "La hausse atteint 12 % en 2025, soit 3 millions €.",
     [("12 %", 12.0, "percent", None), ("3 millions €", 3e6, "money", "EUR")]),
    ("pl", "Koszt 2,5 mld zł i wzrost o 15%.",
     [("2,5 mld zł", 2.5e9, "money", "PLN"), ("15%", 15.0, "percent", None)]),
    ("it", "Un prestito di €4,5 milioni.", [("€4,5 milioni", 4.5e6, "money", "EUR")]),
])
def test_figures_in_each_language(language, text, expected):
    got = find_figures(text, language)
    assert [(f.text, f.value, f.dimension, f.unit) for f in got] == expected
    assert all(text[f.start:f.end] == f.text for f in got)


def test_counts_dates_and_bare_numbers_are_not_figures():
    assert find_figures("3 марта 2026 года делегация из 40 человек посетила 12 заводов.", "ru") == []
    assert find_figures("Am 5. Mai kamen 300 Gäste.", "de") == []
