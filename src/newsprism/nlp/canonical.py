"""Entity canonicalization: one actor per person, place or organization, within and across documents.

"Kestorian President Tomas Varkel", "President Varkel" and "Varkel" become one actor
"Tomas Varkel" with the role "President of Kestoria". Titles are stripped into the role; honorifics (Mr., Dr.)
are stripped and are no role; demonyms map to countries. The word lists live in ``nlp/data/*.json``.

People who share a surname (a father and his son "Jr", spouses, siblings) stay apart: a short mention joins a
full name only when the document makes the person unambiguous (the only full name it fits that was written
before it, or the only one whose title matches); otherwise the mention keeps its own words.
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
    honorifics = set(titles["honorifics"])
    return {"demonyms": places["demonyms"], "aliases": places["country_aliases"], "titles": tlist,
            "countries": countries, "honorifics": honorifics,
            # words that announce a person (a title or an honorific) ...
            "title_words": {w.lower() for t in titles["titles"] for w in t.split()},
            # ... and the words of a role (an honorific is none)
            "role_words": {w.lower() for t in titles["titles"] if t not in honorifics for w in t.split()},
            "honorific_words": {h.lower() for h in honorifics},
            "generations": {g.lower() for g in titles["generation_suffixes"]},
            "role_word_ignore": set(titles["role_word_ignore"])}


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
    """("President Tomas Varkel") -> ("Tomas Varkel", "President"); ("Mr. Varkel") -> ("Varkel", None): an
    honorific is stripped from the name but is no title."""
    d = _data()
    for title in d["titles"]:
        if name.startswith(title + " ") and len(name) > len(title) + 1:
            rest, inner = strip_title(name[len(title) + 1 :])
            if title in d["honorifics"]:
                return rest, inner
            return rest, f"{title} {inner}" if inner else title
    return name, None


def name_parts(tokens: list[str]) -> tuple[list[str], str | None, str | None]:
    """(given names, surname, generation suffix) of a person's name: ["Tomas", "Varkel", "Jr."] ->
    (["Tomas"], "Varkel", "jr"). A single word is taken as a surname."""
    generations = _data()["generations"]
    suffix = None
    if len(tokens) > 1 and tokens[-1].rstrip(".").lower() in generations:
        suffix, tokens = tokens[-1].rstrip(".").lower(), tokens[:-1]
    if not tokens:
        return [], None, suffix
    return tokens[:-1], tokens[-1], suffix


def name_fits(full: list[str], short: list[str]) -> bool:
    """Whether a short mention can name the person of a full name. A generation suffix must agree when the
    mention has more than a bare surname ("Donald Trump" never names "Donald Trump Jr": the suffix says a
    relative shares the rest of the name; a bare "Trump" may name either, and the text has to decide); then
    the short words are a run of the full name's words ("Varkel", "Tomas", "Suu Kyi"), or the same surname with
    given names the full name has."""
    f_given, f_surname, f_suffix = name_parts(full)
    s_given, s_surname, s_suffix = name_parts(short)
    if f_surname is None or s_surname is None:
        return False
    if f_suffix != s_suffix and (s_suffix or s_given):
        return False
    f_words = [*f_given, f_surname]
    s_words = [*s_given, s_surname]
    if _contains(f_words, s_words):
        return True
    return s_surname == f_surname and bool(s_given) and set(s_given) <= set(f_given)


def titles_agree(title: str, role: str) -> bool:
    """Whether a mention's title and a role known for a person can be the same office ("President" and
    "President of Kestoria" can; "Senator" and "First Lady" cannot)."""
    d = _data()

    def words(text: str) -> set[str]:
        return {w.rstrip(".").lower() for w in text.split()} - d["role_word_ignore"]

    return bool(words(title) & words(role))


def _left_context_role(sdoc, ent) -> str | None:
    """A title (and the country it belongs to) just left of a person mention: "Kestorian President", "Maravia's
    military chief and Acting President,"."""
    i = ent.start - 1
    while i >= 0 and sdoc[i].text.lower() in _data()["honorific_words"]:
        i -= 1  # "President Mr. Varkel" is rare; "Dr. Ana Ruiz" is common and has no role
    if i >= 0 and sdoc[i].text == ",":
        i -= 1
    words: list[str] = []
    while i >= 0 and sdoc[i].text.lower() in _data()["role_words"] and sdoc[i].text[:1].isupper():
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


# Labels of names the recognizer also gives to a capitalised common noun that opens a sentence ("Groups
# representing Uzbeks complained", "Officials said"). Not NORP: a party or nationality word is capitalised
# anywhere, and the tagger often calls it a common noun ("Democrats picked up six seats").
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


def _common_noun_opening(ent) -> bool:
    """A one-word "name" that the tagger reads as a common noun (NN, NNS) at the start of its sentence: the
    capital is the sentence's, not a name's."""
    tok = ent[0]
    return len(ent) == 1 and ent.label_ in NAME_LABELS and tok.tag_ in ("NN", "NNS") and tok.is_sent_start


def _spans(sdoc) -> list:
    ents = [e for e in sdoc.ents if not _common_noun_opening(e)]
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
    in_headline: set[int] = set()  # id() of the entities of title and heading paragraphs
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
            if is_headline:
                in_headline.add(id(item[0]))
    body_tokens = {t for e, toks in raw for t in toks}
    body_names = {e.canonical for e, _ in raw}
    raw.extend(item for item in headline
               if item[0].canonical in body_names or (item[0].label != "ORG" and set(item[1]) <= body_tokens
                                                     and len(item[1]) <= 2))
    raw.extend(_surname_mentions(doc, parsed, raw))
    raw.sort(key=lambda it: it[0].start)
    _vote_labels(doc, raw)
    _link_people(raw, in_headline)
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
    people: dict[str, dict[str, int]] = defaultdict(dict)  # surname -> the full names that carry it -> first seen
    for e, toks in raw:
        if e.label == "PERSON" and len(toks) > 1:
            _, surname, _ = name_parts(toks)
            if surname:
                people[surname].setdefault(e.canonical, e.start)
    # The surname names a person when exactly one full name that carries it was written before it (a sister
    # introduced later does not make an earlier "Gray" ambiguous; one introduced before does).
    generations = _data()["generations"]
    covered = {(e.start, e.end) for e, _ in raw}
    spans = [(e.start, e.end) for e, _ in raw]
    found = []
    for pi, offset, sdoc in parsed:
        if doc.paragraphs[pi].kind != "body":
            continue
        for tok in sdoc:
            after = sdoc[tok.i + 1].text.rstrip(".").lower() if tok.i + 1 < len(sdoc) else ""
            if tok.text in people and tok.text[:1].isupper() and after not in generations:
                start, end = offset + tok.idx, offset + tok.idx + len(tok.text)
                before = [name for name, first_at in people[tok.text].items() if first_at < start]
                if len(before) != 1 or (start, end) in covered or any(s <= start < e for s, e in spans):
                    continue
                found.append((Entity(text=tok.text, label="PERSON", canonical=before[0], start=start,
                                     end=end), [tok.text]))
    return found


def _link_people(raw: list[tuple[Entity, list[str]]], in_headline: set[int]) -> None:
    """Short person mentions join the one longer name they fit ("Varkel" -> "Tomas Varkel"), among the full
    names written before them (a headline may name someone the body introduces later). A short mention that
    fits two such full names, or none, keeps its own words (see ``one_person``)."""
    first_at: dict[str, int] = {}  # full name -> where it is first written
    roles: dict[str, set[str]] = defaultdict(set)
    for e, toks in raw:  # raw is in text order
        if e.label == "PERSON" and len(toks) > 1:
            first_at.setdefault(e.canonical, e.start)
            if e.role:
                roles[e.canonical].add(e.role)
    full = [(f, f.split()) for f in first_at]
    for ent, toks in raw:
        if ent.label not in ("PERSON", "ORG", "GPE") or len(toks) >= 3:
            continue
        fits = [f for f, words in full if f != ent.canonical and name_fits(words, toks)
                and (id(ent) in in_headline or first_at[f] < ent.start)]
        pick = one_person(fits, ent.role, roles)
        if pick is not None:
            # spaCy sometimes tags a surname alone as ORG or GPE; a match with a known person wins.
            ent.canonical = pick
            ent.label = "PERSON"


def one_person(fits: list[str], title: str | None, roles: dict[str, set[str]] | dict[str, Counter]) -> str | None:
    """The one full name a short mention names, or None when the text leaves it open. A titled mention
    ("Senator Berg" beside Lisa and Anna Berg) takes the one full name seen with that title. A "Jr" or "Sr"
    says a relative shares the surname, so a titled mention ("President Trump") names him only when he was given
    that title. Otherwise a title decides nothing: one person is written with several ("Rep.", "Representative",
    "Chairman")."""
    if title:
        titled = [f for f in fits if any(titles_agree(title, r) for r in roles.get(f, ()))]
        if len(titled) == 1:
            return titled[0]
        fits = [f for f in fits if f in titled or name_parts(f.split())[2] is None]
    return fits[0] if len(fits) == 1 else None


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
        own = [(f, f.split()) for f in {e.canonical for e in d.entities
                                         if e.label == "PERSON" and len(e.canonical.split()) > 1}]
        for e in d.entities:
            toks = e.canonical.split()
            if e.label != "PERSON" or len(toks) > 2:
                continue
            if any(f != e.canonical and name_fits(words, toks) for f, words in own):
                # Its own document names people it could be and did not link it (two of them, or one written
                # only after it): another source does not decide.
                continue
            if e.canonical not in fits_of:
                fits_of[e.canonical] = [f for f, words in full_words if f != e.canonical and name_fits(words, toks)]
            pick = one_person(fits_of[e.canonical], e.role, roles)
            if pick is not None:
                e.canonical = pick
                changed = True
        if changed:
            d.actors = build_actors(d.entities)
        for a in d.actors:
            # Roles known from any source are shared, so every document names each actor's role.
            for r, _ in roles.get(a.canonical, Counter()).most_common():
                if r not in a.roles:
                    a.roles.append(r)
