"""The shipped genre classifier (data/genre.npz): invented stories get the right genre, the example stories too,
and the model file stays small and loads without pickle."""

import json
from pathlib import Path

import numpy as np
import pytest

from newsprism.techniques.genre import GENRES, GenreModel, hashed_ngrams, style_features

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "src/newsprism/techniques/data/genre.npz"

REPORT = """Coastal town of Lendra reopens harbour after storm repairs

LENDRA - The harbour of Lendra reopened to fishing boats on Thursday after three weeks of repairs to the \
storm-damaged breakwater, the port authority said.
"The north pier is safe again, and the first 40 boats went out this morning," harbour master Ilse Varga told \
reporters at a briefing.
The repairs cost 2.3 million euros, according to a statement from the regional ministry of transport, which \
paid for most of the work.
The storm on October 12 tore a 60-metre gap in the breakwater and sank two moored vessels. No one was hurt.
Officials said a second phase of work, to raise the sea wall by one metre, would begin in the spring and last \
about four months.
Local fishermen's association chairman Piet Moras said members had lost about a month of income. "We are glad \
to be back at sea," he said.
"""

OPINION = """Our leaders have abandoned the harbour towns, and we should stop pretending otherwise

I have lived by the sea for forty years, and I have never seen such contempt for the people who work it.
Why do we keep electing politicians who only remember the coast when a camera is pointed at them? You know \
the answer as well as I do: because we let them get away with it.
The so-called recovery plan is a disgrace. It is a glossy brochure, not a plan, and anyone who reads it can \
see that it was written to win votes in the capital, not to fix a single pier.
We must demand better. We should refuse to accept another round of empty promises, and we should say so \
loudly, at every meeting, until they finally listen.
Enough is enough. The harbour towns deserve leaders who actually care, and if the current ones will not \
change, we will have to change them.
"""


@pytest.fixture(scope="module")
def model():
    return GenreModel()


def test_model_file_is_small_plain_arrays():
    assert MODEL.stat().st_size < 2_000_000
    with np.load(MODEL, allow_pickle=False) as z:  # raises if anything in it needs pickle
        cfg = json.loads(str(z["config"]))
        assert cfg["genres"] == GENRES
        for k in cfg["blocks"]:
            assert z[f"{k}_coef"].shape[0] == 3
            assert z[f"{k}_coef"].shape[1] == z[f"{k}_mean"].shape[0]


def test_style_features_see_quotes_and_first_person():
    rep, op = style_features(REPORT), style_features(OPINION)
    from newsprism.techniques.genre import STYLE_NAMES

    ix = {n: i for i, n in enumerate(STYLE_NAMES)}
    assert rep[ix["quote_char_share"]] > 0.1 > op[ix["quote_char_share"]]
    assert rep[ix["said_rate"]] > op[ix["said_rate"]]
    assert op[ix["first_sg_rate"]] > 0 == rep[ix["first_sg_rate"]]
    assert op[ix["question_rate"]] > rep[ix["question_rate"]]
    assert rep[ix["dateline"]] == 1.0 and op[ix["dateline"]] == 0.0
    v = hashed_ngrams(REPORT, 64)
    assert v.shape == (64,) and abs(float(np.linalg.norm(v)) - 1) < 1e-5


@pytest.mark.slow
def test_invented_report_and_opinion_get_their_genres(model):
    (rl, rs), (ol, os_) = model.predict([REPORT, OPINION])
    assert rl == "reporting", rs
    assert ol == "opinion", os_
    assert abs(sum(rs.values()) - 1) < 0.01 and set(rs) == set(GENRES)


@pytest.mark.slow
def test_example_stories_get_their_genres(examples_dir):
    from newsprism.ingest import iter_inputs
    from newsprism.pipeline import Pipeline
    from newsprism.techniques.components import GenreComponent

    want = {"01_harbour_wire.txt": "reporting", "02_maravian_patriot_opinion.txt": "opinion",
            "03_kestorian_herald.json": "reporting"}
    docs = list(iter_inputs([str(examples_dir / f) for f in want]))
    assert len(docs) == 3
    docs = Pipeline([GenreComponent()]).pipe(docs)
    assert [d.genre.label for d in docs] == list(want.values()), [d.genre for d in docs]


def test_a_corrupt_genre_model_file_is_a_model_error(tmp_path):
    from newsprism.errors import ModelError
    from newsprism.techniques.genre import GenreModel

    bad = tmp_path / "genre.npz"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ModelError, match="cannot load genre model genre.npz"):
        GenreModel(bad)
