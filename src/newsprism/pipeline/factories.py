"""Every built-in component, registered in one place under a versioned name.

Importing a component module never registers it; this function does, once.
"""

from __future__ import annotations

from newsprism.pipeline.registry import _FACTORIES, register

_DONE = False


def register_builtins() -> None:
    global _DONE
    if _DONE:
        return
    _DONE = True
    # Imports are local so that loading the registry stays cheap and models load only when used.
    from newsprism.claims.components import ClaimsComponent
    from newsprism.comments.components import CommentsComponent
    from newsprism.comments.thread import ThreadComponent
    from newsprism.events.components import EventsComponent
    from newsprism.nlp.components import DatesComponent, EntitiesComponent, SentencesComponent
    from newsprism.techniques.components import FramesComponent, GenreComponent, TechniquesComponent
    from newsprism.techniques.cue_rules import TechniqueCuesComponent

    builtins = {
        "newsprism.sentences.v1": SentencesComponent,
        "newsprism.entities.v1": EntitiesComponent,
        "newsprism.dates.v1": DatesComponent,
        "newsprism.events.v1": EventsComponent,
        "newsprism.claims.v1": ClaimsComponent,
        "newsprism.techniques.v1": TechniquesComponent,
        "newsprism.technique_cues.v1": TechniqueCuesComponent,
        "newsprism.genre.v1": GenreComponent,
        "newsprism.frames.v1": FramesComponent,
        "newsprism.comments.v1": CommentsComponent,
        "newsprism.thread.v1": ThreadComponent,
    }
    for name, factory in builtins.items():
        if name not in _FACTORIES:
            register(name, factory)
