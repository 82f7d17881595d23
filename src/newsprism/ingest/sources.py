"""Turn user inputs (files, folders, globs, URLs, raw text) into Documents, one result per input."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsprism.errors import IngestError
from newsprism.ingest.charset import check_size, decode_bytes, normalize_text
from newsprism.ingest.html import parse_html
from newsprism.ingest.layout import parse_text_article
from newsprism.ingest.markdown import parse_markdown
from newsprism.ingest.meta import layout_data
from newsprism.ingest.records import iter_jsonl, parse_json
from newsprism.ingest.url import fetch, is_url
from newsprism.limits import DEFAULT_LIMITS, Limits
from newsprism.model import Document

MARKDOWN = (".md", ".markdown")


@lru_cache(maxsize=1)
def _folder_rules() -> tuple[frozenset[str], frozenset[str]]:
    raw = layout_data()["folders"]
    return frozenset(raw["suffixes"]), frozenset(raw["documentation_stems"])


@dataclass(frozen=True)
class Skipped:
    """A file inside a folder that was not read, and why (the CLI names every one)."""

    path: str
    reason: str


def _skip_reason(f: Path) -> str | None:
    suffixes, docs = _folder_rules()
    suffix = f.suffix.lower()
    if f.stem.lower() in docs and suffix in (*MARKDOWN, ".txt", ".text", ""):
        return "a documentation file by its name, not an article (name it explicitly to read it)"
    if suffix and suffix not in suffixes:
        return f"not a supported file type ({suffix}; read: {', '.join(sorted(suffixes))} and files " \
               "without a suffix)"
    return None


def expand(inputs: Iterable[str | Path], skipped: list[Skipped] | None = None) -> Iterator[str]:
    """Files from paths, folders (recursively: the suffixes in ``ingest/data/layout.json`` and files without a
    suffix) and globs; URLs pass through. A path that matches nothing is passed through too, so that it is
    reported as an error rather than skipped. Files a folder holds but that are not read, and empty folders,
    are appended to ``skipped`` with the reason. Hidden files and folders are passed over."""
    for item in inputs:
        s = str(item)
        if is_url(s):
            yield s
            continue
        p = Path(s)
        if p.is_dir():
            found = 0
            for f in sorted(p.rglob("*")):
                if not f.is_file() or any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                found += 1
                reason = _skip_reason(f)
                if reason is None:
                    yield str(f)
                elif skipped is not None:
                    skipped.append(Skipped(str(f), reason))
            if not found and skipped is not None:
                skipped.append(Skipped(s, "the folder holds no files"))
        elif p.exists():
            yield s
        elif any(ch in s for ch in "*?["):
            matches = sorted(glob.glob(s, recursive=True))
            if not matches:
                yield s
            yield from (m for m in matches if Path(m).is_file())
        else:
            yield s


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


def from_text(text: str, source: str = "<text>", *, doc_id: str | None = None,
              limits: Limits = DEFAULT_LIMITS) -> Document:
    """A Document from a string (plain-text layout, or HTML if it looks like HTML)."""
    text = normalize_text(text, source)
    if _looks_like_html(text):
        return parse_html(text, source, limits=limits)
    return parse_text_article(text, source, doc_id=doc_id, limits=limits)


def from_bytes(data: bytes, source: str, *, suffix: str = "", content_type: str = "",
               url: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Iterator[Document | IngestError]:
    check_size(len(data), source, limits)
    text = decode_bytes(data, source)
    suffix = suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from iter_jsonl(text, source, limits)
    elif suffix == ".json" or "json" in content_type:
        yield from parse_json(text, source, limits)
    elif suffix in MARKDOWN or "markdown" in content_type:
        yield parse_markdown(text, source, doc_id=_readable_id(source, None), limits=limits)
    elif suffix in (".html", ".htm") or "html" in content_type or _looks_like_html(text):
        doc = parse_html(text, source, url=url, limits=limits)
        doc.id = _readable_id(source, doc.id) or doc.id
        yield doc
    else:
        yield parse_text_article(text, source, doc_id=_readable_id(source, None), limits=limits)


def _readable_id(source: str, fallback: str | None) -> str | None:
    """A file's stem ("01_harbour_wire") reads better in reports than a hash; URLs keep the content id.
    Ids that collide within one run are suffixed by the API."""
    if is_url(source) or source.startswith("<"):
        return fallback
    return Path(source).stem or fallback


def load(source: str, *, limits: Limits = DEFAULT_LIMITS,
         allow_private: bool = True) -> Iterator[Document | IngestError]:
    """Every Document in one input, or an IngestError for it. Never raises IngestError."""
    try:
        if is_url(source):
            data, ctype = fetch(source, limits=limits, allow_private=allow_private)
            yield from from_bytes(data, source, content_type=ctype, url=source, limits=limits)
            return
        p = Path(source)
        if not p.exists():
            raise IngestError("no such file, folder or matching glob", input=source)
        if not p.is_file():
            raise IngestError("not a regular file", input=source)
        check_size(p.stat().st_size, source, limits)
        yield from from_bytes(p.read_bytes(), source, suffix=p.suffix, limits=limits)
    except IngestError as exc:
        yield exc
    except (OSError, RecursionError, MemoryError) as exc:
        yield IngestError(f"{exc.__class__.__name__}: {exc}", input=source)


def iter_inputs(inputs: Iterable[str | Path], *, limits: Limits = DEFAULT_LIMITS, allow_private: bool = True,
                skipped: list[Skipped] | None = None) -> Iterator[Document | IngestError]:
    """Every Document (or IngestError) of the inputs; files a folder holds but that are not read go to
    ``skipped``."""
    for source in expand(inputs, skipped):
        yield from load(source, limits=limits, allow_private=allow_private)
