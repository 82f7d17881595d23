"""Reliability figures for RELIABILITY.md: hostile-input costs (time, peak RSS), kill -9 crash safety over
20 runs each, the loopback load test, and the fuzz campaign counts (when fuzz/run_campaign.sh has run).

    .venv/bin/python benchmarks/bench_reliability.py                 # everything (about 15 minutes)
    .venv/bin/python benchmarks/bench_reliability.py --only inputs   # or crash, load, fuzz
    .venv/bin/python benchmarks/bench_reliability.py --runs 3        # fewer crash runs

Writes out/bench_reliability.json and prints it.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fuzz.crash import batch_kill_run, serve_kill_run  # noqa: E402
from fuzz.load import run_load  # noqa: E402

# Each case runs in a fresh interpreter: (seconds, peak RSS growth over the interpreter with newsprism
# imported, result). The analysis cases load the models first, so their growth is the analysis itself.
CASES = {
    "ingest: 1 MB single line": ("ingest", 'from_text("One Long Line\\n" + "word " * 200_000, "x")'),
    "ingest: 100,000 comments (text layout)": ("ingest", 'from_text("Fees Rise\\nThe board raised fees.\\n100,000 '
                                               'Comments\\n" + "".join(f"r{i}\\nComment {i} on fees.\\n" for i in '
                                               'range(100_000)), "c", limits=Limits(max_chars=10_000_000))'),
    "ingest: 100,000-deep nested HTML": ("ingest", 'from_text("<html><body>" + "<div>" * 100_000 + "<p>" + '
                                         '"The commission agreed new quotas today. " * 5 + "</p>" + "</div>" * '
                                         '100_000 + "</body></html>", "d.html")'),
    "ingest: billion-laughs entity bomb in HTML": ("ingest", 'list(from_bytes(BOMB, "b.html", suffix=".html"))'),
    "ingest: 19.5 MB text file (just under max_bytes)": (
        "ingest", 'list(from_bytes(("Title\\n" + ("The board met on Monday and raised the fees again. " * 12 + '
                  '"\\n") * 32_000).encode(), "big.txt", suffix=".txt"))'),
    "analysis: 1 article with hostile characters": ("analysis", 'analyze_text("Pre\\u200bsident\\u202e Visit\\n'
                                                    'President Tomas\\u200b Varkel arrived in Port Vell on March 3, '
                                                    '2026 and signed 12 accords.\\n")'),
    "analysis: one 100,000-character paragraph": ("analysis", 'analyze_text("Long\\n" + "The council met again '
                                                  'today. " * 3_448)'),
}
HEAVY = {
    "analysis: one 1,000,000-character paragraph": ("analysis", 'analyze_text("Long\\n" + "word " * 199_990)'),
}
BOMB = ('<!DOCTYPE html [<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    + ']><html><body><article>' + "<p>&lol9; The harbour board raised fees for every boat.</p>" * 3
    + "</article></body></html>")

RUNNER = """
import json, resource, sys, time
from newsprism.limits import Limits
from newsprism.errors import IngestError
from newsprism.ingest import from_bytes, from_text
from newsprism.api import analyze_text
BOMB = {bomb!r}.encode()
if {warm!r} == "analysis":
    analyze_text("Warm Up\\nThe models load once before the measurement starts.\\n")
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
try:
    out = {expr}
    res = "ok"
    docs = getattr(out, "documents", None) or (out if isinstance(out, list) else [out])
    warn = [n.message[:90] for d in docs if hasattr(d, "notes") for n in d.notes][:3]
except IngestError as exc:
    res, warn = "IngestError: " + exc.reason, []
print(json.dumps({{"s": round(time.perf_counter() - t0, 2),
                  "peak_mb": round((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024),
                  "result": res, "warnings": warn}}))
"""


def bench_inputs(heavy: bool) -> dict:
    out = {}
    for name, (warm, expr) in {**CASES, **(HEAVY if heavy else {})}.items():
        code = RUNNER.format(bomb=BOMB, warm=warm, expr=expr)
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=900, cwd=ROOT)
        out[name] = json.loads(proc.stdout.strip().splitlines()[-1]) if proc.returncode == 0 else \
            {"error": proc.stderr[-500:], "rc": proc.returncode}
        print(name, out[name], flush=True)
    return out


def bench_crash(runs: int, real_runs: int) -> dict:
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind, fn, n in (("batch", lambda w, s: batch_kill_run(w, s, n=40), runs),
                            ("serve", lambda w, s: serve_kill_run(w, s, n=16), runs),
                            ("serve-real", lambda w, s: serve_kill_run(w, s, n=6, real=True), real_runs)):
            results = []
            for seed in range(n):
                t0 = time.monotonic()
                r = fn(Path(tmp) / f"{kind}-{seed}", 1000 + seed)
                r["s"] = round(time.monotonic() - t0, 1)
                results.append(r)
                print(kind, r, flush=True)
            out[kind] = {"runs": len(results), "runs_with_problems": sum(bool(r["problems"]) for r in results),
                         "killed_after_done": [r.get("done_before_kill", r.get("reported_before_kill"))
                                               for r in results],
                         "problems": [p for r in results for p in r["problems"]]}
    return out


def fuzz_counts() -> dict:
    out = {}
    for mode in ("ingest", "analysis"):
        p = ROOT / "fuzz" / "work" / f"stats-{mode}.json"
        if p.exists():
            d = json.loads(p.read_text())
            out[mode] = {k: d[k] for k in ("inputs", "documents", "ingest_errors", "failures", "elapsed_s", "started")}
            out[mode]["signatures"] = {k: v["count"] for k, v in d["signatures"].items()}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=["inputs", "crash", "load", "fuzz"])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--real-runs", type=int, default=3, help="crash runs against the real `newsprism serve`")
    ap.add_argument("--heavy", action="store_true", help="also the 1 MB paragraph analysis (~3.5 GB, ~1 min)")
    a = ap.parse_args()
    result: dict = {"machine": f"{platform.machine()} {platform.system()}, 2 cores, 24 GB",
                    "python": platform.python_version(), "date": time.strftime("%Y-%m-%d")}
    if a.only in (None, "inputs"):
        result["inputs"] = bench_inputs(a.heavy)
    if a.only in (None, "crash"):
        result["crash"] = bench_crash(a.runs, a.real_runs)
    if a.only in (None, "load"):
        result["load"] = run_load(concurrency=200, seconds=60, requests=None, light=False, timeout=60)
    if a.only in (None, "fuzz"):
        result["fuzz"] = fuzz_counts()
    (ROOT / "out").mkdir(exist_ok=True)
    (ROOT / "out" / "bench_reliability.json").write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
