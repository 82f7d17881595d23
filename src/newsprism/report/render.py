"""``render_report(analysis) -> str``: one self-contained HTML file (inline CSS, JS and SVG; nothing fetched)."""

from __future__ import annotations

import base64
import hashlib
from functools import cache

import jinja2
from markupsafe import Markup

from newsprism import __version__
from newsprism.common.data_files import load_text
from newsprism.events.shown import shown_at
from newsprism.model import Analysis
from newsprism.report.context import STATE_LABEL, build_view
from newsprism.report.flags import confident_at

TEMPLATES = "templates"


def asset(name: str) -> str:
    """A bundled static asset (report.css, report.js), read once."""
    return load_text("newsprism.report", f"{TEMPLATES}/{name}")


def csp_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def environment(*extra_loaders: jinja2.BaseLoader) -> jinja2.Environment:
    """The one Jinja environment factory: autoescape on for every template, undefined names are errors.
    Loaders passed in are searched first, so the web app can override any report template."""
    loader = jinja2.ChoiceLoader([*extra_loaders, jinja2.PackageLoader("newsprism.report", TEMPLATES)])
    env = jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=False, lstrip_blocks=False)
    env.globals.update(state_label=STATE_LABEL, version=__version__, doc_href=None, confident_at=confident_at(),
                       event_shown_at=shown_at())
    return env


@cache
def _env() -> jinja2.Environment:
    return environment()


def report_csp() -> str:
    """The policy the report carries in its <meta> tag; the web app sends it as the header of a download."""
    return (f"default-src 'none'; style-src '{csp_hash(asset('report.css'))}'; "
            f"script-src '{csp_hash(asset('report.js'))}'; img-src data:; base-uri 'none'; form-action 'none'")


def render_report(analysis: Analysis, *, max_chars: int = 400_000) -> str:
    """The whole report as one HTML string. Article and comment text is escaped by the template engine;
    the page's own CSP admits only the inline style and script whose hashes it carries."""
    css, js = asset("report.css"), asset("report.js")
    # Our own assets are inlined raw (escaping would corrupt CSS/JS); they must not close their element.
    if "</style" in css.lower() or "</script" in js.lower():
        raise RuntimeError("report.css/report.js must not contain a closing </style> or </script> tag")
    view = build_view(analysis, max_chars=max_chars)
    return _env().get_template("report.html.j2").render(
        v=view, css=Markup(css), js=Markup(js), csp=report_csp())
