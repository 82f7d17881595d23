"""Small inline SVG charts written by hand (no plotting library, nothing fetched).

Every label that can come from an input (outlet names, frame labels) is escaped here, because the SVG is
handed to the template as markup. Presentation uses SVG attributes only, never ``style=``, so the charts
work under a Content-Security-Policy without ``'unsafe-inline'``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

FONT = 12
ROW_H = 22
LABEL_W = 210


@dataclass
class Part:
    key: str
    value: float
    color: str
    tip: str = ""


def _txt(x: float, y: float, s: str, anchor: str = "start", cls: str = "lbl") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" class="{cls}" '
            f'font-size="{FONT}">{escape(s)}</text>')


def number(v: float) -> str:
    """A count as a count ("11", not "11.0"); a rate with one decimal."""
    return f"{v:.0f}" if float(v).is_integer() else f"{v:.1f}"


def _short(s: str, n: int = 26) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def stacked_bars(rows: list[tuple[str, list[Part]]], *, title: str, unit: str = "",
                 legend: Sequence[tuple[str, str]] = (), width: int = 640, normalize: bool = False) -> Markup:
    """One horizontal bar per row, split into colored parts. ``normalize`` draws shares (100% bars)."""
    if not rows or not any(p.value > 0 for _, parts in rows for p in parts):
        return Markup("")
    plot_w = width - LABEL_W - 60
    totals = [sum(p.value for p in parts) for _, parts in rows]
    top = max(totals) or 1.0
    # Lay the legend out first (wrapping at the chart width) so the height is known.
    spots: list[tuple[float, int, str, str]] = []
    lx, line = float(LABEL_W), 0
    for name, color in legend:
        w = 22 + len(name) * 6.5
        if lx + w > width and lx > LABEL_W:
            lx, line = float(LABEL_W), line + 1
        spots.append((lx, line, name, color))
        lx += w
    legend_h = (line + 1) * 18 + 4 if legend else 0
    height = 28 + len(rows) * ROW_H + legend_h + 8
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
           f"<title>{escape(title)}</title>", _txt(0, 16, title, cls="ttl")]
    y = 28
    for (label, parts), total in zip(rows, totals, strict=True):
        out.append(_txt(LABEL_W - 8, y + 15, _short(label), anchor="end"))
        x = float(LABEL_W)
        scale = plot_w / (total if normalize and total else top)
        for p in parts:
            if p.value <= 0:
                continue
            w = p.value * scale
            tip = p.tip or f"{p.key}: {p.value:g}{unit}"
            out.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{max(w, 1):.1f}" height="{ROW_H - 6}" '
                       f'fill="{escape(p.color)}" data-key="{escape(p.key)}"><title>{escape(label)} · '
                       f'{escape(tip)}</title></rect>')
            x += w
        out.append(_txt(x + 6, y + 15, f"{number(total)}{unit}", cls="val"))
        y += ROW_H
    for lx, line, name, color in spots:
        ly = y + 6 + line * 18
        out.append(f'<rect x="{lx:.1f}" y="{ly + 2}" width="10" height="10" fill="{escape(color)}"/>')
        out.append(_txt(lx + 14, ly + 11, name, cls="leg"))
    out.append("</svg>")
    return Markup("".join(out))


def heatmap(rows: list[str], cols: list[str], values: list[list[float | None]], *, title: str,
            color: str = "#0072B2", width: int = 640) -> Markup:
    """Rows x columns of cells whose opacity is the value (0..1); empty cells stay blank."""
    if not rows or not cols:
        return Markup("")
    cell_w = max(28.0, min(90.0, (width - LABEL_W - 10) / len(cols)))
    head_h = 90
    height = 28 + head_h + len(rows) * ROW_H + 6
    width = int(LABEL_W + cell_w * len(cols) + 10)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
           f"<title>{escape(title)}</title>", _txt(0, 16, title, cls="ttl")]
    y0 = 28 + head_h
    for j, c in enumerate(cols):
        cx = LABEL_W + j * cell_w + cell_w / 2
        out.append(f'<text x="{cx:.1f}" y="{y0 - 6}" font-size="{FONT - 1}" class="lbl" '
                   f'transform="rotate(-40 {cx:.1f} {y0 - 6})">{escape(_short(c, 22))}</text>')
    for i, r in enumerate(rows):
        y = y0 + i * ROW_H
        out.append(_txt(LABEL_W - 8, y + 15, _short(r), anchor="end"))
        for j, c in enumerate(cols):
            v = values[i][j]
            x = LABEL_W + j * cell_w
            out.append(f'<rect x="{x:.1f}" y="{y + 1}" width="{cell_w - 2:.1f}" height="{ROW_H - 2}" '
                       f'fill="#f2f2f2"/>')
            if v is None or v <= 0:
                continue
            op = 0.15 + 0.85 * min(1.0, float(v))
            out.append(f'<rect x="{x:.1f}" y="{y + 1}" width="{cell_w - 2:.1f}" height="{ROW_H - 2}" '
                       f'fill="{escape(color)}" fill-opacity="{op:.2f}"><title>{escape(r)} · {escape(c)}: '
                       f'{v:.2f}</title></rect>')
            out.append(_txt(x + (cell_w - 2) / 2, y + 15, f"{v:.2f}", anchor="middle",
                            cls="val inv" if op > 0.55 else "val"))
    out.append("</svg>")
    return Markup("".join(out))
