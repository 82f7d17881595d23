"""``newsprism export``: write analysis results in the formats evaluators expect."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from newsprism.cli.common import EXIT_INPUT_ERROR
from newsprism.errors import NewsprismError

export_app = typer.Typer(help="Export predictions in evaluation formats.", no_args_is_help=True,
                         add_completion=False, rich_markup_mode=None)


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
    from newsprism.comments.export import export_stance

    try:
        n = export_stance(csv, out, text_col=text_col, target_col=target_col, device=device)
    except NewsprismError as exc:
        print(f"newsprism: error: {exc}", file=sys.stderr)
        raise typer.Exit(EXIT_INPUT_ERROR) from exc
    print(f"newsprism: wrote {n} stance predictions to {out}", file=sys.stderr)
