"""Pipeline configuration: an ordered, validated list of components.

The default pipeline lives in ``default.json`` beside this file. A user passes their own with
``--pipeline FILE.json`` or :func:`newsprism.load_pipeline`.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from newsprism.errors import ConfigError


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
            raw = resources.files("newsprism.pipeline").joinpath("default.json").read_text("utf-8")
        else:
            raw = Path(path).read_text("utf-8")
        return PipelineConfig.model_validate(json.loads(raw))
    except (OSError, json.JSONDecodeError, ValidationError) as exc:
        raise ConfigError(f"invalid pipeline config: {exc}", input=str(path or "default.json")) from exc
