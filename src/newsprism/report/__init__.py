"""Human-readable views of an Analysis: the self-contained HTML report and the Markdown summary."""

from newsprism.report.context import build_view
from newsprism.report.render import render_report

__all__ = ["build_view", "render_report"]
