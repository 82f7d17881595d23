"""A registry of component factories under versioned names (``newsprism.entities.v1``).

This module imports no component: a factory is registered either as an object or lazily as an
``"module:attribute"`` reference, imported on first use. A reference that fails to import raises a
:class:`~newsprism.errors.ConfigError` naming the component and the root cause (chained), every time it is
asked for; it is never confused with an unknown name. The built-ins are listed in one place,
:mod:`newsprism.pipeline.factories`.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Mapping
from typing import Any

from newsprism.errors import ConfigError

Factory = Callable[..., Any]


class Registry:
    """Component factories by name; a name can be registered once (again only with the same factory)."""

    def __init__(self, lazy: Mapping[str, str] | None = None) -> None:
        self._lock = threading.Lock()
        self._factories: dict[str, Factory] = {}
        self._lazy: dict[str, str] = {}
        for name, target in (lazy or {}).items():
            self.register_lazy(name, target)

    def register(self, name: str, factory: Factory) -> None:
        """Register ``factory`` under ``name``; ConfigError if another factory already holds the name."""
        with self._lock:
            held = self._factories.get(name)
            if (held is not None and held is not factory) or name in self._lazy:
                raise ConfigError(f"component {name!r} is already registered")
            self._factories[name] = factory

    def register_lazy(self, name: str, target: str) -> None:
        """Register ``"package.module:Attribute"`` under ``name``, imported when first asked for."""
        if target.count(":") != 1:
            raise ConfigError(f"component {name!r}: lazy target {target!r} is not 'module:attribute'")
        with self._lock:
            if name in self._factories or self._lazy.get(name, target) != target:
                raise ConfigError(f"component {name!r} is already registered")
            self._lazy[name] = target

    def get(self, name: str) -> Factory:
        """The factory registered under ``name``; ConfigError if unknown or if its module fails to import."""
        with self._lock:
            if name in self._factories:
                return self._factories[name]
            target = self._lazy.get(name)
        if target is None:
            raise ConfigError(f"unknown component {name!r}; known: {', '.join(self.names())}")
        module, _, attr = target.partition(":")
        try:
            factory: Factory = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as exc:
            raise ConfigError(f"component {name!r} ({target}) could not be loaded: "
                              f"{type(exc).__name__}: {exc}") from exc
        with self._lock:
            self._factories.setdefault(name, factory)
            return self._factories[name]

    def names(self) -> list[str]:
        with self._lock:
            return sorted({*self._factories, *self._lazy})

    def __contains__(self, name: object) -> bool:
        with self._lock:
            return name in self._factories or name in self._lazy
