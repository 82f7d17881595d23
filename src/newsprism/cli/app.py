"""The one Typer app. Each command lives in its own module as a thin ``<cmd>_cli`` wrapper around a plain
function that tests call directly."""

from __future__ import annotations

import typer

from newsprism import __version__
from newsprism.cli.analyze import analyze_cli
from newsprism.cli.batch import batch_cli
from newsprism.cli.compare import compare_cli
from newsprism.cli.export import export_app
from newsprism.cli.report import report_cli
from newsprism.cli.serve import serve_cli

HELP = """newsprism: one news story from every angle.

Examples:

\b
  newsprism analyze article.txt                    # JSON to stdout
  newsprism analyze examples/story -o story.json   # every article in a folder, compared
  newsprism analyze 'news/*.html' --format md      # a readable summary
  newsprism analyze https://example.org/a.html --db newsprism.sqlite
"""

app = typer.Typer(help=HELP, no_args_is_help=True, add_completion=False, rich_markup_mode=None,
                  pretty_exceptions_show_locals=False)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsprism {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """newsprism: one news story from every angle."""


app.command("analyze", help=analyze_cli.__doc__)(analyze_cli)
app.command("compare", help=compare_cli.__doc__)(compare_cli)
app.command("batch", help=batch_cli.__doc__)(batch_cli)
app.command("report", help=report_cli.__doc__)(report_cli)
app.command("serve", help=serve_cli.__doc__)(serve_cli)
app.add_typer(export_app, name="export")
# Further commands register here, one line each.


def main() -> None:
    app()
