"""One way for a benchmark or training script to hand over its figures: print them as JSON and, when asked,
write the same text to a file."""

from __future__ import annotations

import json
from pathlib import Path


def emit(figures: dict, out: Path | None = None, indent: int = 2) -> None:
    """Print ``figures`` as indented JSON and write the same text to ``out`` (its folder made) when given."""
    text = json.dumps(figures, indent=indent)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n", encoding="utf-8")
    print(text)
