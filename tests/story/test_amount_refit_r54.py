"""The amount family of confidence.json refitted on the inputs every part of its rows computes (``fit_story.py
--shared-inputs``, round 54, issue 11). The recipe's rows come in two parts: the perturbation build half, run through
the whole pipeline (so ``flags.rate`` adds ``same_verb``, ``counted``, ``sole``, ``told_across_dim``, ...), and the
NLI dev findings, made by ``compare_pair`` alone (those inputs are 0 on every NLI row). Every wrong amount row of
today's recipe is an NLI row, so an input one part never computes tells the parts apart, not a right flag from a
wrong one: ``shared_inputs`` leaves it out. Two reports that agree on a figure are never flagged. Invented reports,
fictional names and outlets."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hand_sources import analyzed_reports, conflict_texts

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "training"))

import fit_story  # noqa: E402

from newsprism.story.confidence import model  # noqa: E402

# inputs flags.rate adds at run time, which compare_pair (the NLI part) never computes
RATE_TIME = ("same_verb", "verb_clash", "counted", "sole", "told_across", "told_across_dim")


def _row(part: str, label: int, **feats: float) -> dict:
    return {"part": part, "label": label, "kind": "conflict", "slot": "count", "pair": f"{part}{len(feats)}",
            "features": feats}


def test_an_input_one_part_never_computes_is_left_out():
    rows = [_row("perturb", 1, context=0.9, sentence=0.97, counted=1.0, same_verb=1.0),
            _row("perturb", 1, context=1.0, sentence=0.95, counted=0.5, same_verb=0.0),
            _row("nli", 0, context=0.3, sentence=0.8),
            _row("nli", 1, context=0.8, sentence=0.9)]
    kept = fit_story.shared_inputs(rows, "amount")
    assert "context" in kept and "sentence" in kept
    assert "counted" not in kept and "same_verb" not in kept
    assert "names" not in kept  # 0 on every row of both parts


def test_an_input_both_parts_compute_is_kept_even_when_rare():
    rows = [_row("perturb", 1, context=0.9, sole=1.0), _row("perturb", 1, context=1.0),
            _row("nli", 0, context=0.3), _row("nli", 1, context=0.8, sole=0.5)]
    assert "sole" in fit_story.shared_inputs(rows, "amount")


def test_the_shipped_amount_family_reads_no_input_the_nli_part_lacks():
    weights = model()["families"]["amount"]["weights"]
    assert not set(weights) & set(RATE_TIME), weights


SUMMIT_HEAD = "Climbers reach the Varn glacier hut after storm"
SUMMIT_B_HEAD = "Storm traps climbing party on Varn massif"


def _hut_flags(a_sent: str, b_sent: str) -> list[tuple[str, str, float]]:
    a = (f"{SUMMIT_HEAD}\n{a_sent} The party of six had set out from Orrel village on Monday.\n"
         "Mountain rescue teams from Orrel stood by through the night.\n")
    b = (f"{SUMMIT_B_HEAD}\n{b_sent} Rescuers said the climbers were tired but unhurt.\n"
         "The hut has bunks for twenty people.\n")
    r = analyzed_reports(("a_orrel", "Orrel Valley Courier", SUMMIT_HEAD, a),
                         ("b_massif", "High Passes Weekly", SUMMIT_B_HEAD, b))
    return conflict_texts(r, "quantity", "a_orrel", "b_massif")



@pytest.mark.slow
def test_two_reports_that_agree_on_the_altitude_are_not_flagged():
    found = _hut_flags("The climbers sheltered in the Varn glacier hut, which stands at 2,400 metres.",
                       "The hut where the party waited out the storm lies at about 2,400 metres above sea level.")
    assert not [c for _a, _b, c in found if c >= 0.5], found


# a figure conflict two outlets tell in their own words: one counted noun, each figure its sentence's only one, the
# gap of a real discrepancy (about 1.4 times), but no shared words around the figure and no shared name
OWN_WORDS = {"sentence": 0.62, "noun": 1.0, "context": 0.1, "names": 0.0, "only_pair": 1.0, "gap": 0.35,
             "bounded": 0.0, "score": 1.1}


def test_a_paraphrase_of_one_figure_is_rated_right():
    from newsprism.story.confidence import family_confidence

    alike = {**OWN_WORDS, "sentence": 0.95, "context": 0.9, "names": 1.0, "score": 2.0}
    assert family_confidence("amount", alike, capped=False) >= 0.5


@pytest.mark.xfail(strict=True, reason="round 54 (cal54), measured: the amount family rates a figure conflict told "
                   "in other words below 0.5 (shipped 0.32; refitted by its recipe on today's rows, shared inputs, "
                   "0.23): every wrong row of the recipe is an NLI pair whose words around the figure differ, so "
                   "low `context` reads as wrong; no refit on that data releases it")
def test_a_figure_conflict_told_in_other_words_is_rated_right():
    from newsprism.story.confidence import family_confidence

    assert family_confidence("amount", OWN_WORDS, capped=False) >= 0.5
