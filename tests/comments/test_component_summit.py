"""The two comment components end to end on the invented trade-summit thread (loads the encoder and heads)."""

import pytest
from comments_summit import COPY, DISAGREE, DUP_A, DUP_B, FAVOR, INSULT, QUESTION, SUMMIT

from newsprism.comments.components import CommentsComponent
from newsprism.comments.thread import ThreadComponent
from newsprism.encoder.document import EncoderPassComponent
from newsprism.pipeline import Pipeline

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def doc():
    from newsprism.ingest import parse_text_article

    d = parse_text_article(SUMMIT, "summit.txt")
    return Pipeline([EncoderPassComponent(), CommentsComponent(), ThreadComponent()]).pipe([d])[0]


def test_every_comment_is_annotated(doc):
    for c in doc.comments:
        assert c.stance in {"favor", "against", "neutral"}
        assert 0.0 <= c.stance_score <= 1.0 and 0.0 <= c.toxicity <= 1.0
        assert -1.0 <= c.sentiment <= 1.0
        assert c.language == "en"


def test_stances_toward_the_story(doc):
    assert doc.comments[FAVOR].stance == "favor"
    assert doc.comments[DUP_A].stance == doc.comments[DUP_B].stance == "against"
    assert doc.comments[DISAGREE].stance == "against"
    assert doc.comments[QUESTION].stance == "neutral"


def test_insult_is_toxic_and_strong_disagreement_is_not(doc):
    assert doc.comments[INSULT].toxic
    assert not doc.comments[DISAGREE].toxic
    assert not doc.comments[FAVOR].toxic


def test_duplicate_fields(doc):
    assert doc.comments[DUP_B].duplicate_of == DUP_A
    assert doc.comments[DUP_A].duplicate_of is None
    assert doc.comments[DUP_A].cluster == doc.comments[DUP_B].cluster == 0
    assert all(c.cluster is None for i, c in enumerate(doc.comments) if i not in (DUP_A, DUP_B))


def test_thread_summary(doc):
    t = doc.thread
    assert sum(t.stance_distribution.model_dump().values()) == len(doc.comments)
    kinds = {s.kind: s for s in t.coordination}
    assert kinds["near_duplicate"].comments == [DUP_A, DUP_B]
    assert kinds["article_copy"].comments == [COPY]
    assert t.civility.toxic_count == 1 and t.civility.toxic_comments[0].comment == INSULT
    assert t.civility.targets[0].target == "Anyone who supports this pact"
    sides = {a.stance for a in t.arguments}
    assert {"favor", "against"} <= sides
    for a in t.arguments:
        ev = a.label_span
        assert doc.text[ev.start : ev.end] == ev.text == a.label  # one sentence of the central comment
        c = doc.comments[ev.comment]
        assert c.start <= ev.start < ev.end <= c.end and a.label_author == c.author
        assert a.keyphrases and ev.comment in a.comments and a.id.startswith(a.stance)
        assert a.size == len(a.comments)
    against = [a for a in t.arguments if a.stance == "against"]
    dup_arg = [a for a in against if DUP_A in a.comments]
    assert dup_arg and DUP_B in dup_arg[0].comments


def test_document_without_comments_gets_no_thread():
    from newsprism.ingest import parse_text_article

    d = parse_text_article("A Title\nOne body paragraph about a summit.\n", "x.txt")
    d = Pipeline([EncoderPassComponent(), CommentsComponent(), ThreadComponent()]).pipe([d])[0]
    assert d.comments == [] and d.thread is None


def test_sarcasm_and_mixed_comments_are_not_confident(doc):
    from newsprism.comments.stance import story_stance

    sarcastic, mixed = story_stance(["Oh great, another pact that will surely fix everything.",
                                     "Cheaper machinery is welcome, but the mills will pay for it."], doc)
    for r in (sarcastic, mixed):
        assert r.label == "neutral" or r.score <= 0.6


def test_large_side_is_clustered_in_bounded_memory():
    import numpy as np

    from newsprism.comments import arguments

    rng = np.random.default_rng(1)
    x = rng.normal(size=(arguments.MAX_CLUSTERED + 50, 8)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    labels = arguments.cluster(x)
    assert labels.shape == (len(x),) and set(labels[arguments.MAX_CLUSTERED :]) <= set(labels[: arguments.MAX_CLUSTERED])
