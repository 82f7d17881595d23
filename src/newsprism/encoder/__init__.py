"""The shared sentence encoder (all-MiniLM-L6-v2, int8 ONNX): the one representation every head reads."""

from newsprism.encoder.minilm import (
    DIM,
    MAX_TOKENS,
    Encoder,
    TokenOutput,
    default_device,
    get_encoder,
    providers_for,
    session_options,
)

__all__ = [
    "DIM",
    "MAX_TOKENS",
    "Encoder",
    "TokenOutput",
    "default_device",
    "get_encoder",
    "providers_for",
    "session_options",
]
