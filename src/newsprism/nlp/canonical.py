"""Entity canonicalization: one actor per person, place or organization, within and across documents.

"Kestorian President Tomas Varkel", "President Varkel" and "Varkel" become one actor
"Tomas Varkel" with the role "President of Kestoria". Titles are stripped into the role; demonyms map to
countries. The word lists live in ``nlp/data/*.json``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache

from newsprism.common.data_files import load_json
from newsprism.model import Actor, Document, Entity

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
CANON_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


@cache
def _data() -> dict:
    places = load_json("newsprism.nlp", "data/places.json")
    titles = load_json("newsprism.nlp", "data/titles.json")
    # Longest titles first so "Acting President" wins over "President".
    tlist = sorted(titles["titles"], key=lambda t: -len(t.split()))
    countries = set(places["demonyms"].values()) | set(places["country_aliases"].values())
    return {"demonyms": places["demonyms"], "aliases": places["country_aliases"], "titles": tlist,
            "countries": countries,
            "title_words": {w.lower() for t in titles["titles"] for w in t.split()}}


def clean_name(text: str) -> str:
    text = " ".join(text.split())
    text = _POSSESSIVE.sub("", text)
    text = re.sub(r"^(the|The)\s+", "", text).strip(" ,;:")
    # A final full stop is punctuation, unless the name is an abbreviation such as "U.S.".
    return text[:-1] if text.endswith(".") and text.count(".") == 1 else text


def country_of(word: str) -> str | None:
    d = _data()
    w = clean_name(word)
    if w in d["demonyms"]:
        return d["demonyms"][w]
    if w in d["aliases"]:
        return d["aliases"][w]
    return None


def canonical_place(text: str) -> str:
    name = clean_name(text)
    d = _data()
    return d["aliases"].get(name) or d["aliases"].get("the " + name) or name


def strip_title(name: str) -> tuple[str, str | None]:
    """("President Tomas Varkel") -> ("Tomas Varkel", "President")."""
    for title in _data()["titles"]:
        if name.startswith(title + " ") and len(name) > len(title) + 1:
            rest, inner = strip_title(name[len(title) + 1 :])
            return rest, f"{title} {inner}" if inner else title
    return name, None


def _left_context_role(sdoc, ent) -> str | None:
    """A title (and the country it belongs to) just left of a person mention: "Kestorian President", "Maravia's
    military chief and Acting President,"."""
    i = ent.start - 1
    if i >= 0 and sdoc[i].text == ",":
        i -= 1
    words: list[str] = []
    while i >= 0 and sdoc[i].text.lower() in _data()["title_words"] and sdoc[i].text[:1].isupper():
        words.insert(0, sdoc[i].text)
        i -= 1
    if not words:
        return None
    title = " ".join(words)
    country = None
    if i >= 0:
        tok = sdoc[i]
        if tok.text in ("'s", "’s") and i >= 1:
            country = canonical_place(sdoc[i - 1].text)
        else:
            country = country_of(tok.text)
            if country is None and tok.ent_type_ == "NORP":
                # An unknown demonym ("Orlavian President") is still part of the role.
                return f"{tok.text} {title}"
    return f"{title} of {country}" if country else title


def _role_from_title(title: str | None, sdoc, ent) -> str | None:
    ctx = _left_context_role(sdoc, ent)
    if title and ctx:
        return ctx if title in ctx else f"{ctx} {title}"
    return ctx or title


def _titled_people(sdoc) -> list:
    """Proper-noun runs right after a title ("Prime Minister Nyo Saw") that spaCy missed or mislabeled."""
    from spacy.tokens import Span as SpSpan

    found = []
    i = 0
    words = _data()["title_words"]
    while i < len(sdoc) - 1:
        if sdoc[i].text.lower() in words and sdoc[i].text[:1].isupper():
            j = i
            while j < len(sdoc) and sdoc[j].text.lower() in words and sdoc[j].text[:1].isupper():
                j += 1
            k = j
            while k < len(sdoc) and k - j < 4 and sdoc[k].pos_ == "PROPN" and sdoc[k].text[:1].isupper() \
                    and sdoc[k].text.lower() not in words:
                k += 1
            if k > j:
                found.append(SpSpan(sdoc, j, k, label="PERSON"))
            i = max(k, i + 1)
        else:
            i += 1
    return found


def _spans(sdoc) -> list:
    ents = list(sdoc.ents)
    for extra in _titled_people(sdoc):
        clash = [e for e in ents if e.start < extra.end and extra.start < e.end]
        if not clash:
            ents.append(extra)
        elif len(clash) == 1 and clash[0].label_ in ("ORG", "GPE", "NORP") and \
                (clash[0].start, clash[0].end) == (extra.start, extra.end):
            ents[ents.index(clash[0])] = extra
    return sorted(ents, key=lambda e: e.start)


def extract_entities(doc: Document, parsed) -> list[Entity]:
    """Entities with canonical names, from parsed paragraphs [(paragraph index, offset, spaCy Doc)].

    Title and heading paragraphs are in Title Case, where the tagger guesses badly ("Historic Visit" as a
    person), so an entity found there is kept only when the body confirms it.
    """
    raw: list[tuple[Entity, list[str]]] = []
    headline: list[tuple[Entity, list[str]]] = []
    for pi, offset, sdoc in parsed:
        is_headline = doc.paragraphs[pi].kind in ("title", "heading")
        for ent in _spans(sdoc):
            text = ent.text
            start = offset + ent.start_char
            end = offset + ent.end_char
            label = ent.label_
            role = None
            canonical = clean_name(text)
            if label == "PERSON":
                canonical, title = strip_title(canonical)
                role = _role_from_title(title, sdoc, ent)
            elif label == "NORP":
                canonical = country_of(text) or canonical
            elif label in ("GPE", "LOC", "ORG"):
                place = canonical_place(text)
                if label != "ORG" or place in _data()["countries"]:
                    # spaCy tags some country names as ORG; a known country is a place whatever the tag.
                    canonical, label = place, ("GPE" if label == "ORG" else label)
            if not canonical:
                continue
            item = (Entity(text=text, label=label, canonical=canonical, start=start, end=end, role=role),
                    canonical.split())
            (headline if is_headline else raw).append(item)
    body_tokens = {t for e, toks in raw for t in toks}
    body_names = {e.canonical for e, _ in raw}
    raw.extend(item for item in headline
               if item[0].canonical in body_names or (item[0].label != "ORG" and set(item[1]) <= body_tokens
                                                     and len(item[1]) <= 2))
    raw.extend(_surname_mentions(doc, parsed, raw))
    raw.sort(key=lambda it: it[0].start)
    _vote_labels(doc, raw)
    _link_people(raw)
    return [e for e, _ in raw]


def _vote_labels(doc: Document, raw) -> None:
    """One name, one type: the tagger's per-sentence guesses are outvoted by the document's majority, and
    the dateline place counts as a place ("Drava" in "Drava, Kestoria – " is not a person)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for e, _ in raw:
        if e.label in ("PERSON", "GPE", "LOC", "ORG"):
            votes[e.canonical][e.label] += 1
    _apply_votes(votes, [e for e, _ in raw], doc.place)


def _apply_votes(votes: dict[str, Counter], entities: list[Entity], *places: str | None) -> None:
    for place in places:
        for part in (place or "").split(","):
            if part.strip():
                votes[canonical_place(part)]["GPE"] += 3
    for e in entities:
        counts = votes.get(e.canonical)
        if e.label in ("PERSON", "GPE", "LOC", "ORG") and counts:
            (top, n), *rest = counts.most_common()
            if top != e.label and (not rest or n > rest[0][1]):
                e.label = top
                if top != "PERSON":
                    e.role = None


def _surname_mentions(doc: Document, parsed, raw) -> list[tuple[Entity, list[str]]]:
    """A known person's surname standing alone ("Danvell later flew...") that the tagger missed."""
    surnames = {toks[-1]: e.canonical for e, toks in raw if e.label == "PERSON" and len(toks) > 1}
    covered = {(e.start, e.end) for e, _ in raw}
    spans = [(e.start, e.end) for e, _ in raw]
    found = []
    for pi, offset, sdoc in parsed:
        if doc.paragraphs[pi].kind != "body":
            continue
        for tok in sdoc:
            if tok.text in surnames and tok.text[:1].isupper():
                start, end = offset + tok.idx, offset + tok.idx + len(tok.text)
                if (start, end) in covered or any(s <= start < e for s, e in spans):
                    continue
                found.append((Entity(text=tok.text, label="PERSON", canonical=surnames[tok.text], start=start,
                                     end=end), [tok.text]))
    return found


def _link_people(raw: list[tuple[Entity, list[str]]]) -> None:
    """Short person mentions join the one longer name that contains them ("Varkel" -> "Tomas
    Varkel"). A short mention that fits two different full names is left alone (ambiguous)."""
    full = sorted({e.canonical for e, toks in raw if e.label == "PERSON" and len(toks) > 1},
                  key=lambda n: -len(n.split()))
    for ent, toks in raw:
        if ent.label not in ("PERSON", "ORG", "GPE") or len(toks) >= 3:
            continue
        fits = [f for f in full if f != ent.canonical and _contains(f.split(), toks)]
        if len(fits) == 1:
            # spaCy sometimes tags a surname alone as ORG or GPE; a match with a known person wins.
            ent.canonical = fits[0]
            ent.label = "PERSON"


def _contains(big: list[str], small: list[str]) -> bool:
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))


def build_actors(entities: list[Entity]) -> list[Actor]:
    by_key: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    for e in entities:
        if e.label in CANON_LABELS:
            is_country = e.label == "NORP" and e.canonical in _data()["countries"]
            # A place is one actor whether spaCy called it GPE or LOC in a given sentence.
            by_key[(e.canonical, "GPE" if is_country or e.label == "LOC" else e.label)].append(e)
    actors = []
    for (canonical, label), ents in by_key.items():
        roles = Counter(e.role for e in ents if e.role)
        # The most specific role first ("President of Kestoria" before "President"), then the most frequent.
        ranked = sorted(roles, key=lambda r: (-(" of " in r), -roles[r], r))
        actors.append(Actor(canonical=canonical, label=label, roles=ranked,
                            aliases=sorted({e.text for e in ents}), mentions=len(ents)))
    actors.sort(key=lambda a: (-a.mentions, a.canonical))
    return actors


def link_across(docs: list[Document]) -> None:
    """Cross-document canonicalization: a short name in one document joins the one full name used for it
    in another ("Varkel" alone in a comment-heavy post -> "Tomas Varkel")."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for d in docs:
        for e in d.entities:
            if e.label in ("PERSON", "GPE", "LOC", "ORG"):
                votes[e.canonical][e.label] += 1
    all_entities = [e for d in docs for e in d.entities]
    _apply_votes(votes, all_entities, *(d.place for d in docs))
    full_names = {e.canonical for d in docs for e in d.entities if e.label == "PERSON" and len(e.canonical.split()) > 1}
    full_words = [(f, f.split()) for f in full_names]
    fits_of: dict[str, list[str]] = {}  # short name -> the full names it fits (the same for every mention of it)
    roles: dict[str, Counter] = defaultdict(Counter)
    for d in docs:
        for e in d.entities:
            if e.role:
                roles[e.canonical][e.role] += 1
    for d in docs:
        changed = True  # labels may have been revoted above
        for e in d.entities:
            toks = e.canonical.split()
            if e.label != "PERSON" or len(toks) > 2:
                continue
            if e.canonical not in fits_of:
                fits_of[e.canonical] = [f for f, words in full_words if f != e.canonical and _contains(words, toks)]
            fits = fits_of[e.canonical]
            if len(fits) == 1:
                e.canonical = fits[0]
                changed = True
        if changed:
            d.actors = build_actors(d.entities)
        for a in d.actors:
            # Roles known from any source are shared, so every document names each actor's role.
            for r, _ in roles.get(a.canonical, Counter()).most_common():
                if r not in a.roles:
                    a.roles.append(r)
