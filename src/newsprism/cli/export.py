"""``newsprism export``: evaluation exports (SemEval techniques, stance, events; a sub-app)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import typer

from newsprism.cli.common import EXIT_INPUT_ERROR
from newsprism.errors import IngestError, NewsprismError
from newsprism.genre.head import get_genre_head
from newsprism.model import Document, Paragraph, Span
from newsprism.techniques.model import get_model, labels, split_lines, thresholds
from newsprism.techniques.spans import paragraph_scores, si_spans

export_app = typer.Typer(help="Export predictions in evaluation formats.", no_args_is_help=True,
                         add_completion=False, rich_markup_mode=None)
TASKS = ("si", "st1", "st2", "st3")
_ART = re.compile(r"^article(\d+)\.txt$")


def _read(path: Path) -> str:
    # newline="" keeps "\r\n" as is, so offsets match the file's characters exactly.
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        return f.read()


def semeval_document(text: str, art: str) -> Document:
    """The article as the pipeline (and ``training/prep_spans.py``) ingests it; one paragraph per non-empty line,
    the first one the title, where ingestion refuses it."""
    from newsprism.ingest.layout import parse_text_article

    try:
        return parse_text_article(text, f"article{art}.txt", doc_id=art)
    except NewsprismError:
        pass
    paras: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            paras.append(Paragraph(start=pos, end=pos + len(line), kind="body" if paras else "title"))
        pos += len(line) + 1
    return Document(id=art, source=f"article{art}.txt", text=text, body=Span(start=0, end=len(text)),
                    paragraphs=paras)


def frames_of(text: str, art: str) -> list[str]:
    """The frames the pipeline gives the article: the frame head over its encoder pass."""
    from newsprism.encoder.document import encode_document
    from newsprism.pipeline.state import DocState
    from newsprism.techniques.components import document_frame_features
    from newsprism.techniques.frames import get_frame_model

    doc = semeval_document(text, art)
    state = DocState()
    state.encoded = encode_document(doc)
    return [n for n, _p in get_frame_model().predict(document_frame_features(doc, state))]


def export_semeval(task: str, articles_dir: Path, out: Path) -> int:
    """Write predictions for every ``article<ID>.txt`` in ``articles_dir``; returns the number of rows."""
    if task not in TASKS:
        raise NewsprismError(f"unknown task {task!r}; choose one of {', '.join(TASKS)}")
    files = sorted((p for p in Path(articles_dir).iterdir() if _ART.match(p.name)), key=lambda p: p.name)
    if not files:
        raise NewsprismError(f"no article<ID>.txt files in {articles_dir}")
    model = get_model()
    th = thresholds()
    lab = labels()
    rows: list[str] = []
    for path in files:
        m = _ART.match(path.name)
        if m is None:
            continue
        art = m.group(1)
        text = _read(path)
        lines = split_lines(text)
        outs = model.run_lines(text, lines) if lines and task in ("si", "st3") else []  # st1, st2: not this model
        if task == "si":
            rows += [f"{art}\t{s}\t{e}" for s, e in si_spans(outs, th["si"], text, th.get("si_low"), th.get("si_gap", 0))]
        elif task == "st1":
            rows.append(f"{art}\t{get_genre_head().predict([text], page_check=False)[0].best}")
        elif task == "st2":
            rows.append(f"{art}\t{','.join(frames_of(text, art))}")
        else:
            starts = {}
            pos = 0
            for no, line in enumerate(text.split("\n"), start=1):
                starts[pos] = no
                pos += len(line) + 1
            for (s, _e), lo in zip(lines, outs, strict=True):
                sc = paragraph_scores(lo, th["paragraph_mix"])
                picked = [t for k, t in enumerate(lab["techniques"]) if sc[k] >= th["paragraph"][t]]
                rows.append(f"{art}\t{starts[s]}\t{','.join(picked)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    return len(rows)


@export_app.command("semeval")
def semeval_cli(
    articles_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of article<ID>.txt files."),
    task: str = typer.Option(..., "--task", help="si | st1 | st2 | st3"),
    out: Path = typer.Option(..., "-o", "--out", help="Output file."),
) -> None:
    """SemEval predictions: si `id<TAB>start<TAB>end`; st1 `id<TAB>genre`; st2 `id<TAB>f1,f2`;
    st3 `id<TAB>line<TAB>t1,t2` (every non-empty line, numbered from 1 with the title)."""
    try:
        n = export_semeval(task, articles_dir, out)
    except NewsprismError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_INPUT_ERROR) from exc
    typer.echo(f"wrote {n} rows to {out}", err=True)


@export_app.command("stance")
def stance_cli(
    csv: Path = typer.Option(..., "--csv", help="Input CSV (UTF-8 or latin-1)."),
    text_col: str = typer.Option("Tweet", "--text-col", help="Column with the text."),
    target_col: str = typer.Option("Target", "--target-col", help="Column with the stance target."),
    out: Path = typer.Option(..., "-o", "--out", help="Output CSV: the input columns plus Stance."),
    device: str = typer.Option("cpu", "--device", help="cpu or cuda."),
) -> None:
    """Predict each row's stance toward its target as FAVOR, AGAINST or NONE.

    Example: newsprism export stance --csv test.csv --text-col Tweet --target-col Target -o pred.csv
    """
    from newsprism.comments.stance_export import export_stance

    try:
        n = export_stance(csv, out, text_col=text_col, target_col=target_col, device=device)
    except NewsprismError as exc:
        print(f"newsprism: error: {exc}", file=sys.stderr)
        raise typer.Exit(EXIT_INPUT_ERROR) from exc
    print(f"newsprism: wrote {n} stance predictions to {out}", file=sys.stderr)


@export_app.command("events")
def events_cli(
    dirs: list[Path] = typer.Argument(..., exists=True, file_okay=False, help="Folders; each one is one story."),
    out: Path = typer.Option(..., "-o", "--out", help="Output JSONL file."),
) -> None:
    """Event mentions with story-wide event ids: one document line per document (its stored text), then one
    event line per mention (start/end of the trigger in that text, status, the shared event id).

    Example: newsprism export events stories/strike stories/summit -o events.jsonl
    """
    from newsprism.events.export import export_events

    failed: list[IngestError] = []
    try:
        n_docs, n_events = export_events(dirs, out, failed)
    except NewsprismError as exc:
        print(f"newsprism: error: {exc}", file=sys.stderr)
        raise typer.Exit(EXIT_INPUT_ERROR) from exc
    for e in failed:
        print(f"newsprism: error: {e}", file=sys.stderr)
    print(f"newsprism: wrote {n_docs} documents and {n_events} event mentions to {out}"
          + (f"; {len(failed)} file(s) could not be read (see above) and are not in it" if failed else ""),
          file=sys.stderr)
    if failed:
        raise typer.Exit(EXIT_INPUT_ERROR)
