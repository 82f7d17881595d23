"""The NLI pairs the contradiction judge learns from and is checked on (read from ``../shared/data/nli``).

Every pair keeps its source set, split and a *target*: the set of labels its gold label allows. Three-way sets
allow one label; the 2-class EQUATE subsets (NewsNLI, RTE-Quant) only say "entailed or not", so their
``neutral`` allows neutral or contradiction (the loss is then -log(p_neutral + p_contradiction)).

Roles follow the licences in ``nli/README.md``: only sets whose licence allows a shipped model (MIT, CC BY-SA,
BSD, the MultiNLI/OANC terms, C-UDA for TaxiNLI) are ``train``; the non-commercial sets (ANLI, SICK) and the
sets that state no licence (Emergent, Climate-FEVER) are ``eval`` only: they never reach a shipped weight.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

LABELS = ("entailment", "neutral", "contradiction")

# (directory, split, role, two_class)
SOURCES: tuple[tuple[str, str, str, bool], ...] = (
    ("snli", "dev", "train", False),
    ("snli", "test", "train", False),
    ("mnli", "dev_matched", "train", False),
    ("mnli", "dev_mismatched_hard", "train", False),
    ("taxinli", "train", "train", False),
    ("taxinli", "dev_mismatched", "train", False),
    ("conjnli", "dev", "train", False),
    ("conjnli", "adversarial_train", "train", False),
    ("breaking_nli", "test", "train", False),
    ("equate_stresstest", "dev", "train", False),
    ("equate_stresstest", "test", "train", False),
    ("equate_awpnli", "test", "train", False),
    ("equate_redditnli", "test", "train", False),
    ("equate_newsnli", "test", "train", True),
    ("equate_rte_quant", "test", "train", True),
    ("rte3_3way", "dev", "train", False),
    ("rte3_3way", "test", "train", False),
    ("emergent", "train", "eval", False),
    ("emergent", "test", "eval", False),
    ("climate_fever", "test", "eval", False),
    ("anli_r1", "dev", "eval", False),
    ("anli_r2", "dev", "eval", False),
    ("anli_r3", "dev", "eval", False),
    ("sick", "trial", "eval", False),
    ("sick", "test", "eval", False),
)


@dataclass(frozen=True)
class Pair:
    source: str  # "<dir>/<split>"
    role: str  # train | eval
    premise: str
    hypothesis: str
    label: int  # index into LABELS (the gold label as the set gives it)
    allowed: tuple[int, ...]  # labels the target allows (2-class sets: neutral -> neutral or contradiction)


def load_pairs(root: Path) -> list[Pair]:
    """All pairs of every set in :data:`SOURCES`, in a fixed order."""
    out: list[Pair] = []
    for name, split, role, two_class in SOURCES:
        path = root / "nli" / name / f"{split}.jsonl"
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                rec = json.loads(line)
                lab = LABELS.index(rec["label"])
                allowed = (1, 2) if two_class and lab == 1 else (lab,)
                out.append(Pair(f"{name}/{split}", role, rec["premise"], rec["hypothesis"], lab, allowed))
    return out


def group_key(p: Pair) -> str:
    """Folds group pairs by premise, so that one premise never sits in a training and a test fold."""
    return p.source.split("/")[0] + "\x00" + p.premise.strip().lower()
