"""Reproduce benchmarks/techniques.md: layer speed on CPU, export time on 90 articles, and (given the
out-of-fold folders from ``training/train_techniques.py --cv``) the cross-validated SemEval figures.

    NEWSPRISM_THREADS=2 .venv/bin/python benchmarks/bench_techniques.py --data ../shared/data
    .venv/bin/python benchmarks/bench_techniques.py --data ../shared/data --oof OOF_DIR... --prep .gpu/tech_data.npz
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def layer_speed(data: Path, n_articles: int) -> str:
    from newsprism.encoder.document import EncoderPassComponent, pass_encoder
    from newsprism.genre.component import GenreComponent
    from newsprism.model import Document, Paragraph, Span
    from newsprism.pipeline import Pipeline
    from newsprism.techniques.components import FramesComponent, TechniqueModelComponent, TechniquesComponent
    from newsprism.techniques.model import get_model

    files = sorted((data / "semeval2023-en/train-articles-subtask-3").glob("article*.txt"))[:n_articles]
    docs = []
    for p in files:
        text = p.read_text(encoding="utf-8")
        paras, pos = [], 0
        for i, line in enumerate(text.split("\n")):
            if line.strip():
                paras.append(Paragraph(start=pos, end=pos + len(line), kind="title" if i == 0 else "body"))
            pos += len(line) + 1
        docs.append(Document(id=p.stem, source=str(p), text=text, body=Span(start=0, end=len(text)),
                             paragraphs=paras))
    get_model(), pass_encoder()  # load outside the timed part
    n_par = sum(len(d.body_paragraphs()) for d in docs)
    t0 = time.time()
    docs = Pipeline([EncoderPassComponent(), TechniqueModelComponent(), TechniquesComponent(), GenreComponent(),
                     FramesComponent()]).pipe(docs)
    dt = time.time() - t0
    return (f"encoder pass + technique + genre + frames layer: {len(docs)} articles, {n_par} body paragraphs in {dt:.1f}s = "
            f"{n_par / dt:.1f} paragraphs/s, {len(docs) / dt:.2f} articles/s")


def export_time(data: Path) -> str:
    from newsprism.cli.export import export_semeval

    src = sorted((data / "ptc2020/dev-articles").glob("article*.txt"))
    src += sorted((data / "ptc2020/train-articles").glob("article*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        for p in src[:90]:
            shutil.copy(p, tmp)
        out = []
        for task in ("si", "st2", "st3"):
            t0 = time.time()
            n = export_semeval(task, Path(tmp), Path(tmp) / f"pred-{task}.txt")
            out.append(f"export --task {task} on 90 articles: {time.time() - t0:.1f}s ({n} rows)")
    return "; ".join(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data"))
    ap.add_argument("--articles", type=int, default=60)
    ap.add_argument("--oof", nargs="*")
    ap.add_argument("--prep", default=str(ROOT / ".gpu/tech_data.npz"))
    args = ap.parse_args()
    data = Path(args.data)
    print(layer_speed(data, args.articles), flush=True)
    print(export_time(data), flush=True)
    if args.oof:
        subprocess.run([sys.executable, str(ROOT / "training/tune_techniques.py"), "--data", args.prep,
                        "--gold", str(data), "--oof", *args.oof, "--report", "/tmp/techniques-cv.json"], check=True)


if __name__ == "__main__":
    main()
