"""Every built-in component, listed in one place under its versioned name.

Each is a lazy ``"module:Class"`` reference: importing this module (or the registry) imports no component,
and a component's module loads only when a pipeline uses it. Plugins add theirs with
:func:`newsprism.pipeline.register`.
"""

from __future__ import annotations

from newsprism.pipeline.registry import Factory, Registry

BUILTINS: dict[str, str] = {
    "newsprism.sentences.v1": "newsprism.nlp.components:SentencesComponent",
    "newsprism.entities.v1": "newsprism.nlp.components:EntitiesComponent",
    "newsprism.dates.v1": "newsprism.nlp.components:DatesComponent",
    "newsprism.events.v1": "newsprism.events.components:EventsComponent",
    "newsprism.claims.v1": "newsprism.claims.components:ClaimsComponent",
    "newsprism.encoder_pass.v1": "newsprism.encoder.document:EncoderPassComponent",
    "newsprism.technique_model.v1": "newsprism.techniques.components:TechniqueModelComponent",
    "newsprism.techniques.v1": "newsprism.techniques.components:TechniquesComponent",
    "newsprism.technique_cues.v1": "newsprism.techniques.cue_rules:TechniqueCuesComponent",
    "newsprism.genre.v2": "newsprism.genre.component:GenreComponent",
    "newsprism.frames.v1": "newsprism.techniques.components:FramesComponent",
    "newsprism.comments.v1": "newsprism.comments.components:CommentsComponent",
    "newsprism.thread.v1": "newsprism.comments.thread:ThreadComponent",
}

REGISTRY = Registry(BUILTINS)


def register(name: str, factory: Factory) -> None:
    """Register a component factory (a plugin's) under a versioned name in the default registry."""
    REGISTRY.register(name, factory)


def get_factory(name: str) -> Factory:
    return REGISTRY.get(name)


def registered() -> list[str]:
    """Every registered component name, built-in or plugin."""
    return REGISTRY.names()
