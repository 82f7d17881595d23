"""The long fuzz campaign (not part of ``make test``): coverage-guided atheris/libFuzzer over ingestion, or
over ingestion plus the full analysis.

    .venv/bin/python -m fuzz.campaign seed                      # seed corpus from the hypothesis strategies
    .venv/bin/python -m fuzz.campaign ingest -max_total_time=720
    .venv/bin/python -m fuzz.campaign analysis -max_total_time=900

The first input byte picks the input kind (text, HTML, JSON, JSONL, raw string); the rest is the file. A
failure is any exception other than IngestError, any component error, or any violated invariant
(``fuzz.invariants``). Failures are recorded (deduplicated by signature, the input saved under
``fuzz/work/crashes/``) and the campaign goes on; libFuzzer itself reports timeouts and memory blow-ups
(``-timeout``, ``-rss_limit_mb``) as ``fuzz/work/artifacts/*``. Counts go to ``fuzz/work/stats-<mode>.json``.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
import traceback
import warnings
from pathlib import Path

import atheris

WORK = Path(__file__).resolve().parent / "work"
KINDS = [".txt", ".html", ".json", ".jsonl", "<str>"]

with atheris.instrument_imports(include=["newsprism"]):
    from newsprism.api import analyze_documents
    from newsprism.limits import Limits
    from newsprism.errors import IngestError
    from newsprism.ingest import from_bytes, from_text

from fuzz.invariants import check_document  # noqa: E402

LIMITS = Limits(max_chars=200_000, max_comments=500)
STATS: dict = {"mode": "", "inputs": 0, "documents": 0, "ingest_errors": 0, "failures": 0, "signatures": {},
               "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "elapsed_s": 0.0}
_T0 = time.monotonic()
_LAST = [0.0]


def _save_stats(force: bool = False) -> None:
    now = time.monotonic()
    if not force and now - _LAST[0] < 20:
        return
    _LAST[0] = now
    STATS["elapsed_s"] = round(now - _T0, 1)
    path = WORK / f"stats-{STATS['mode']}.json"
    path.write_text(json.dumps(STATS, indent=1))


def _record(sig: str, detail: str, data: bytes) -> None:
    STATS["failures"] += 1
    entry = STATS["signatures"].setdefault(sig, {"count": 0, "detail": detail[:2000], "input": ""})
    entry["count"] += 1
    if not entry["input"]:
        name = WORK / "crashes" / f"{hashlib.sha1(sig.encode()).hexdigest()[:12]}.bin"
        name.write_bytes(data)
        entry["input"] = str(name.relative_to(WORK.parent.parent))
    _save_stats(force=True)


def _signature(exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "newsprism" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(exc).__name__} at {where}"


def _ingest(data: bytes) -> list:
    if not data:
        return []
    kind = KINDS[data[0] % len(KINDS)]
    payload = data[1:]
    try:
        if kind == "<str>":
            return [from_text(payload.decode("utf-8", "replace"), "fuzz", limits=LIMITS)]
        items = list(from_bytes(payload, "fuzz" + kind, suffix=kind, limits=LIMITS))
    except IngestError:
        STATS["ingest_errors"] += 1
        return []
    docs = [d for d in items if not isinstance(d, IngestError)]
    STATS["ingest_errors"] += len(items) - len(docs)
    return docs


def one_input(data: bytes, analyze: bool) -> None:
    STATS["inputs"] += 1
    _save_stats()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            docs = _ingest(data)
            for i, d in enumerate(docs):
                d.id = f"{d.id}-{i}"
            STATS["documents"] += len(docs)
            if analyze and docs:
                result = analyze_documents(docs, story=len(docs) > 1)
                docs = result.documents
                for e in result.errors:
                    if e.kind == "ComponentError":
                        _record(f"ComponentError {e.reason.split(':', 2)[0]}", e.reason, data)
                json.loads(result.to_json(indent=None))
        for d in docs:
            problems = check_document(d)
            if problems:
                _record(f"invariant {problems[0].split(':', 1)[0].split('[')[0]}", "\n".join(problems[:5]), data)
    except Exception as exc:  # noqa: BLE001 - every non-IngestError exception is a finding
        _record(_signature(exc), "".join(traceback.format_exception(exc))[-2000:], data)


def seed(n: int = 150) -> None:
    """Write a seed corpus for each mode from the hypothesis strategies and the bundled examples."""
    from hypothesis.errors import NonInteractiveExampleWarning

    from fuzz.strategies import ENC, articles, html_pages, json_files

    warnings.simplefilter("ignore", NonInteractiveExampleWarning)
    out = WORK / "corpus"
    out.mkdir(parents=True, exist_ok=True)
    k = 0
    for _ in range(n):
        for prefix, blob in ((0, articles().example().encode(*ENC)), (1, html_pages().example().encode(*ENC)),
                             *(((2 if s == ".json" else 3), b) for b, s in [json_files().example()])):
            (out / f"seed{k:05d}").write_bytes(bytes([prefix]) + blob)
            k += 1
    examples = Path(__file__).resolve().parent.parent / "examples" / "story"
    for f in sorted(examples.glob("*")) if examples.is_dir() else []:
        if f.suffix in (".txt", ".json"):
            (out / f"example-{f.name}").write_bytes(bytes([KINDS.index(f.suffix)]) + f.read_bytes())
    print(f"wrote {k} seeds to {out}")


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "seed":
        seed()
        return
    if mode not in ("ingest", "analysis"):
        sys.exit("usage: python -m fuzz.campaign {seed|ingest|analysis} [libFuzzer flags]")
    STATS["mode"] = mode
    for sub in ("crashes", "artifacts", f"corpus-{mode}"):
        (WORK / sub).mkdir(parents=True, exist_ok=True)
    analyze = mode == "analysis"
    if analyze:
        from newsprism.api import load_pipeline

        STATS["pipeline"] = load_pipeline().names
    args = [sys.argv[0], *sys.argv[2:], f"-artifact_prefix={WORK / 'artifacts'}/", "-rss_limit_mb=6000",
            "-timeout=120", "-max_len=20000", str(WORK / f"corpus-{mode}"), str(WORK / "corpus")]
    atheris.Setup(args, lambda data: one_input(data, analyze))
    try:
        atheris.Fuzz()
    finally:
        _save_stats(force=True)


if __name__ == "__main__":
    main()
