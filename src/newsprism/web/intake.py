"""Turn submitted inputs (pasted texts, uploaded files, URLs) into Documents, analyze them and store them.

Runs in a worker thread (never on the event loop). A web user may only name http(s) URLs, never a path on
the server, and URLs resolving to private or loopback addresses are refused unless ``allow_private``.
"""

from __future__ import annotations

import json
import logging
import pickle
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from newsprism.common.ids import make_ids_unique
from newsprism.errors import IngestError, ModelError, NewsprismError
from newsprism.ingest import from_bytes, from_text, load
from newsprism.ingest.url import is_url
from newsprism.model import Analysis, Document, InputFailure
from newsprism.store import Store
from newsprism.web.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Submission:
    texts: list[tuple[str, str]] = field(default_factory=list)  # (source name, text)
    files: list[tuple[str, bytes]] = field(default_factory=list)  # (file name, bytes)
    urls: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.texts) + len(self.files) + len(self.urls)


@dataclass
class Outcome:
    analysis: Analysis
    story_id: str | None = None
    document_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"story_id": self.story_id, "document_ids": self.document_ids,
                "errors": [e.model_dump() for e in self.analysis.errors], "analysis": self.analysis.to_dict()}


def _err(name: str, reason: str, kind: str = "IngestError") -> InputFailure:
    return InputFailure(input=name, reason=reason, kind=kind)


def _safe_name(name: str, fallback: str) -> str:
    base = PurePath((name or "").replace("\\", "/")).name.strip()
    return base[:200] or fallback


def ingest(sub: Submission, settings: Settings) -> tuple[list[Document], list[InputFailure]]:
    docs: list[Document] = []
    errors: list[InputFailure] = []
    if len(sub) > settings.max_inputs:
        return [], [_err("submission", f"{len(sub)} inputs; at most {settings.max_inputs} per submission",
                         "LimitError")]
    for k, (name, text) in enumerate(sub.texts, 1):
        source = _safe_name(name, f"pasted-{k}")
        if not text.strip():
            continue
        try:
            docs.append(from_text(text, source, limits=settings.limits))
        except IngestError as exc:
            errors.append(_err(source, exc.reason, type(exc).__name__))
    for k, (name, data) in enumerate(sub.files, 1):
        source = _safe_name(name, f"upload-{k}")
        try:
            for item in from_bytes(data, source, suffix=PurePath(source).suffix, limits=settings.limits):
                if isinstance(item, IngestError):
                    errors.append(_err(item.input or source, item.reason, type(item).__name__))
                else:
                    docs.append(item)
        except IngestError as exc:
            errors.append(_err(source, exc.reason, type(exc).__name__))
    for url in sub.urls:
        url = url.strip()
        if not url:
            continue
        if not is_url(url):  # never let a web user name a file on the server
            errors.append(_err(url[:200], "only http:// and https:// URLs can be fetched"))
            continue
        for item in load(url, limits=settings.limits, allow_private=settings.allow_private):
            if isinstance(item, IngestError):
                errors.append(_err(item.input or url, item.reason, type(item).__name__))
            else:
                docs.append(item)
    if len(docs) > settings.max_documents:
        errors.append(_err("submission", f"{len(docs)} documents; only the first {settings.max_documents} "
                                         "were analyzed (max_documents)", "LimitError"))
        docs = docs[: settings.max_documents]
    make_ids_unique(docs)
    return docs, errors


def default_analyzer(docs: list[Document]) -> Analysis:
    from newsprism.api import analyze_documents

    return analyze_documents(docs)


# What a missing, unreadable or corrupt model file raises while the analysis loads it.
MODEL_LOAD_ERRORS = (OSError, EOFError, pickle.UnpicklingError, zipfile.BadZipFile, json.JSONDecodeError)


def model_reason(exc: BaseException) -> str:
    name = getattr(exc, "filename", None)
    what = f"{type(exc).__name__}"
    if isinstance(exc, OSError) and exc.strerror:
        what += f": {exc.strerror}"
        if name:
            what += f" ({PurePath(str(name)).name})"
    else:
        what += f": {str(exc)[:200]}"
    return f"a model file is missing or broken ({what}); reinstall newsprism or restore its model files"


def run(sub: Submission, settings: Settings, store: Store) -> Outcome:
    """Ingest, analyze and store one submission. Failed inputs are reported in ``analysis.errors``."""
    docs, errors = ingest(sub, settings)
    if not docs:
        return Outcome(analysis=Analysis(errors=errors))
    analyzer = settings.analyzer or default_analyzer
    try:
        analysis = analyzer(docs)
    except ModelError:
        log.exception("analysis models could not be loaded")
        raise  # the install is broken, not this input: the app answers 503 with the reason
    except MODEL_LOAD_ERRORS as exc:
        # Models load lazily on the first analysis: a missing or corrupt file surfaces here as a plain
        # OSError / unpickling / JSON error. Say so clearly (503), with the file's name but not the server path.
        log.exception("analysis models could not be loaded")
        raise ModelError(model_reason(exc)) from exc
    except NewsprismError as exc:
        log.exception("analysis failed")
        return Outcome(analysis=Analysis(errors=[*errors, _err("analysis", exc.reason, type(exc).__name__)]))
    analysis.errors = [*errors, *analysis.errors]
    if not analysis.documents:
        return Outcome(analysis=analysis)
    if len(analysis.documents) >= 2:
        story_id = store.save_analysis(analysis)
        ids = store.story_document_ids(story_id) if story_id else []
        return Outcome(analysis=analysis, story_id=story_id, document_ids=ids)
    return Outcome(analysis=analysis, document_ids=[store.save_document(analysis.documents[0])])


