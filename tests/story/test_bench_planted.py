"""The planted-change benchmark's own fact finder (benchmarks/bench_planted.py): a fact two outlets both state is
found by its simple rules, a fact only one states is not, and a plant lands on the shared fact's site (invented
text, fictional people and outlets)."""

import importlib.util
import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("bench_planted", ROOT / "benchmarks" / "bench_planted.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_planted"] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def parse():
    import spacy

    from newsprism.nlp.spacy_pipe import MODEL

    nlp = spacy.load(MODEL)
    return nlp


A = ["Governor Lena Marsh signed the harbor bill on Tuesday after a long night in the state capital of Veloria.",
     "The new law will pay for 40 inspectors at the five busiest ports of the region, officials said.",
     "Critics in the Veloria assembly said the money would come too late for the fishing towns."]
B = ["After a long debate, the port plan became law when Governor Marsh put her name to it on Tuesday evening.",
     "It funds 40 new inspectors across the ports, according to a summary released by her office.",
     "Marsh has been in office for three years and faces a tough race against a former mayor of Dunmore."]


def test_shared_facts_by_simple_rules(bench, parse):
    facts = bench.find_facts([A, B], parse)
    keys = {(f.kind, f.key, f.a_doc, f.b_doc) for f in facts}
    assert ("title", "Governor:Marsh", 0, 1) in keys and ("title", "Governor:Marsh", 1, 0) in keys
    assert ("number", "count:40::inspector", 0, 1) in keys  # "40 inspectors" and "40 new inspectors"
    # a figure only one outlet gives ("three years", "five busiest ports") is no shared fact
    assert not any(f.kind == "duration" for f in facts)
    assert not any(f.kind == "number" and ":5:" in f.key for f in facts)


def test_plant_lands_on_the_shared_site(bench, parse):
    fact = next(f for f in bench.find_facts([A, B], parse) if f.kind == "number" and f.b_doc == 1)
    changed, detail = bench.plant(random.Random(3), "number", fact, parse(fact.b_sent))
    assert detail["from"] == "40" and changed.replace(detail["to"], "40", 1) == fact.b_sent
    bound, detail = bench.plant(random.Random(3), "compat_bound", fact, parse(fact.b_sent))
    assert "40" in detail["from"] and bound != fact.b_sent
    title = next(f for f in bench.find_facts([A, B], parse) if f.kind == "title" and f.b_doc == 1)
    changed, detail = bench.plant(random.Random(5), "title", title, parse(title.b_sent))
    assert detail["name"].startswith("Marsh") and changed != title.b_sent
    assert bench.plant(random.Random(5), "date", title, parse(title.b_sent)) is None  # a title site is no date


def test_halves_split_by_triplet(bench):
    ids = [f"t{i}" for i in range(200)]
    halves = {bench.half_of(t) for t in ids}
    assert halves == {"build", "report"}
    assert all(bench.half_of(t) == bench.half_of(t) for t in ids)
