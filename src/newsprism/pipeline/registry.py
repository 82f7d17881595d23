"""A registry of component factories under versioned names (``newsprism.entities.v1``).

Nothing registers itself on import: :mod:`newsprism.pipeline.factories` lists every built-in, and plugins
call :func:`register` explicitly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsprism.errors import ConfigError

Factory = Callable[..., Any]

_FACTORIES: dict[str, Factory] = {}


def register(name: str, factory: Factory) -> None:
    if name in _FACTORIES and _FACTORIES[name] is not factory:
        raise ConfigError(f"component {name!r} is already registered")
    _FACTORIES[name] = factory


def get_factory(name: str) -> Factory:
    from newsprism.pipeline.factories import register_builtins

    register_builtins()
    try:
        return _FACTORIES[name]
    except KeyError:
        known = ", ".join(sorted(_FACTORIES))
        raise ConfigError(f"unknown component {name!r}; known: {known}") from None


def registered() -> list[str]:
    from newsprism.pipeline.factories import register_builtins

    register_builtins()
    return sorted(_FACTORIES)
