"""The JSON Schema of newsprism's output, generated from the typed model and shipped with the package."""

from __future__ import annotations

import json
from typing import Any

from newsprism.common.data_files import load_json
from newsprism.model import SCHEMA_ID, Analysis

SCHEMA_FILE = "analysis.schema.json"


def generate() -> dict[str, Any]:
    schema = Analysis.model_json_schema(by_alias=True, mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://newsprism.invalid/schema/{SCHEMA_ID}.json"
    schema["title"] = SCHEMA_ID
    return schema


def load() -> dict[str, Any]:
    schema: dict[str, Any] = load_json("newsprism.schema", SCHEMA_FILE)
    return schema


def validate(data: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError if ``data`` does not follow the shipped schema."""
    import jsonschema

    jsonschema.validate(data, load(), cls=jsonschema.Draft202012Validator)


def dumps() -> str:
    return json.dumps(generate(), indent=1, sort_keys=True) + "\n"
