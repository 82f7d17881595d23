"""Event types from our own dictionary (data/event_types.json): the type of a trigger token, and the CAMEO root
of the most salient event of a sentence (for evaluation against CAMEO-coded sentences).

The events layer itself finds triggers with a learned head (``newsprism.events.mentions``); the dictionary
names their type where it knows the trigger (a verb, a verb phrase such as "hold talks", or an event noun).
"""

from __future__ import annotations

from typing import Any

from newsprism.events.lexicon import Lexicon, base_form, load_lexicon, noun_base
from newsprism.nlp.parse_tree import is_root


def _base(tok: Any, lex: Lexicon) -> str:
    return base_form(tok.text, lex.vocab)


def _trigger_types(tok: Any, lex: Lexicon) -> tuple[list[str], str, int]:
    """(type names, trigger base, index of last token of a phrase trigger)."""
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        b = _base(tok, lex)
        sent_end = tok.sent.end
        for tail, name in lex.phrases.get(b, []):
            window = [t.text.lower() for t in tok.doc[tok.i + 1 : min(sent_end, tok.i + 6)]]
            if window and all(w in window for w in tail):
                last = tok.i + 1 + max(window.index(w) for w in tail)
                return [name], f"{b} {' '.join(tail)}", last
        if b in lex.verbs and tok.pos_ != "AUX":
            return lex.verbs[b], b, tok.i
    elif tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("PERSON", "GPE", "ORG", "FAC", "NORP"):
        low = tok.text.lower()
        for key in (low, noun_base(low)):
            if key in lex.nouns:
                return lex.nouns[key], key, tok.i
    return [], "", tok.i


def classify_sentence(sdoc: Any) -> str | None:
    """The CAMEO root of the most salient event in one parsed sentence (for evaluation), or None.

    Salience: a trigger on the main-clause chain beats one in background (relative clauses, noun
    modifiers); then a verb beats an event noun; then the dictionary priority (a reported attack outranks
    the "said" around it); then the shallower trigger.
    """
    lex = load_lexicon()
    best: tuple | None = None
    root = None
    for tok in sdoc:
        names, trigger, _ = _trigger_types(tok, lex)
        if not names:
            continue
        et = lex.types[names[0]]
        path = [t.dep_ for t in _full_path(tok)]
        background = any(d in ("relcl", "acl", "amod", "compound") for d in path)
        rank = (not background, tok.pos_ in ("VERB", "AUX"), et.priority, -len(path))
        if best is None or rank > best:
            best, root = rank, et.cameo_root
    return root


def _full_path(tok: Any) -> list[Any]:
    out = [tok]
    while not is_root(out[-1]) and len(out) < 12:
        out.append(out[-1].head)
    return out[:-1] if len(out) > 1 else out
