"""``newsprism export events``: event mentions with story-wide event ids, one story per input folder.

The JSONL file has one ``{"type": "document", "story", "document", "text"}`` line per document (its stored
text), then one ``{"type": "event", "story", "document", "start", "end", "trigger", "event", "status"}`` line per
event mention: ``text[start:end] == trigger``, and ``event`` is shared by the mentions of one happening within
and across the story's documents.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsprism.errors import IngestError, NewsprismError
from newsprism.events.build import story_clusters
from newsprism.model import Document
from newsprism.pipeline.state import DocState, need

# The layers ``export events`` needs; the others are skipped for speed.
NEEDED = ("encoder_pass", "sentences", "entities", "dates", "events")


def nlp_pipeline(events: bool = True):
    """The default pipeline's sentences, entities, dates and (unless ``events`` is False) events layers."""
    from importlib import resources

    from newsprism.api import load_pipeline

    cfg = json.loads(resources.files("newsprism.pipeline").joinpath("default.json").read_text("utf-8"))
    factories = [c["factory"] for c in cfg["components"]]
    needed = NEEDED if events else tuple(n for n in NEEDED if n != "events")
    return load_pipeline(disable=[f for f in factories if f.split(".")[1] not in needed])


def story_lines(story: str, docs: Sequence[Document], states: Sequence[DocState]) -> Iterator[dict]:
    """The export lines of one story: every event mention the events layer found (``state.event_mentions``),
    with its story-wide event id."""
    found = [need(s.event_mentions, "event_mentions") for s in states]
    ids = story_clusters(found)
    for d in docs:
        yield {"type": "document", "story": story, "document": d.id, "text": d.text}
    for f, labels in zip(found, ids, strict=True):
        for m, c in zip(f.mentions, labels, strict=True):
            yield {"type": "event", "story": story, "document": f.doc.id, "start": m.start, "end": m.end,
                   "trigger": m.text, "event": f"E{c + 1}", "status": m.status}


def export_events(dirs: Sequence[Path], out: Path,
                  failed: list[IngestError] | None = None) -> tuple[int, int]:
    """Analyse each folder as one story and write the JSONL file; returns (documents, event mentions). A file
    that cannot be read as an article is not exported; it is appended to ``failed`` (when given) so that the
    caller says so, and the folder's other documents are exported."""
    from newsprism.ingest import iter_inputs

    pipe = nlp_pipeline()
    n_docs = n_events = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for d in dirs:
            if not Path(d).is_dir():
                raise NewsprismError(f"not a folder: {d}")
            docs = []
            for x in iter_inputs([d]):
                if isinstance(x, IngestError):
                    if failed is not None:
                        failed.append(x)
                else:
                    docs.append(x)
            docs, states = pipe.pipe_with_state(docs)
            for line in story_lines(Path(d).name, docs, states):
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
                n_docs += line["type"] == "document"
                n_events += line["type"] == "event"
    return n_docs, n_events
