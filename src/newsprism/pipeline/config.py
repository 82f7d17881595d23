"""Pipeline configuration: an ordered, validated list of components.

The default pipeline lives in ``default.json`` beside this file. A user passes their own with
``--pipeline FILE.json`` or :func:`newsprism.load_pipeline`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from newsprism.common.data_files import load_text
from newsprism.errors import ConfigError, ModelError


class ComponentConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    factory: str
    options: dict[str, Any] = Field(default_factory=dict)
    enabled: bool = True


class PipelineConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = "default"
    components: list[ComponentConfig]


def load_config(path: str | Path | None = None) -> PipelineConfig:
    try:
        if path is None:
            raw = load_text("newsprism.pipeline", "default.json")
        else:
            raw = Path(path).read_text("utf-8")
        return PipelineConfig.model_validate(json.loads(raw))
    except (OSError, ModelError, json.JSONDecodeError, ValidationError) as exc:
        raise ConfigError(f"invalid pipeline config: {exc}", input=str(path or "default.json")) from exc
