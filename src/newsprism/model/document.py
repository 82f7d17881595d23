"""One analyzed document: its stored text and every analysis layer, each a typed field.

All spans are character offsets into ``Document.text`` (the stored, normalized text): for every span,
``doc.text[span.start:span.end] == span.text`` where the span carries its text. A Document's text holds the
article (title, meta lines, body) and, after it, the reader-comment section when the source had one. The
article part is ``Document.body``; comments are separate records that point into the comment section.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from newsprism.model.base import LabelScore, Model, Span
from newsprism.model.thread import Stance, Thread

EventStatus = Literal["occurred", "planned", "ongoing", "denied", "hypothetical"]
GenreLabel = Literal["reporting", "opinion", "satire", "uncertain", "not_article"]
StandingKind = Literal["role", "employment", "office", "show", "part", "origin"]
StandingStatus = Literal["current", "former", "to_date"]
NoteKind = Literal["error", "truncated", "capped", "dropped", "inconsistent", "ignored", "skipped", "duplicate",
                   "unsupported", "other"]


class Paragraph(Model):
    """One line of the article part of the stored text."""

    start: int = Field(description="Offset of the paragraph in Document.text.")
    end: int = Field(description="End offset of the paragraph in Document.text.")
    kind: Literal["title", "meta", "heading", "body"] = Field(
        "body", description="title; meta (byline, 'Published', '3 min read'); heading (a sub-heading); body.")


class Sentence(Model):
    """One sentence of the title, a heading or a body paragraph."""

    start: int = Field(description="Offset of the sentence in Document.text.")
    end: int = Field(description="End offset of the sentence in Document.text.")
    paragraph: int = Field(description="Index of its paragraph in Document.paragraphs.")


class Entity(Model):
    """One named-entity mention, with the canonical actor it refers to."""

    text: str = Field(description="The mention as written.")
    label: str = Field(description="spaCy entity label (PERSON, ORG, GPE, NORP, FAC, DATE, ...).")
    canonical: str = Field(description="The canonical name of the actor it refers to, across documents.")
    start: int = Field(description="Offset of the mention in Document.text.")
    end: int = Field(description="End offset of the mention in Document.text.")
    role: str | None = Field(None, description="A title or role given with the mention ('President of Maravia').")


class Actor(Model):
    """One canonical actor with every mention of it in the document."""

    canonical: str = Field(description="The canonical name.")
    label: str = Field(description="spaCy entity label of the actor.")
    roles: list[str] = Field(default_factory=list, description="Titles and roles the document gives it.")
    aliases: list[str] = Field(default_factory=list, description="Other names the document uses for it.")
    mentions: int = Field(0, description="Number of mentions in the document.")


class DateMention(Model):
    """A date expression resolved against the document's date."""

    text: str = Field(description="The expression as written.")
    start: int = Field(description="Offset in Document.text.")
    end: int = Field(description="End offset in Document.text.")
    iso: str | None = Field(None, description="ISO date, month ('2026-03'), year, or range ('2026/2028').")
    granularity: Literal["day", "month", "year", "range", "duration"] = Field(
        "day", description="How precise the resolved date is.")


class EventMention(Model):
    """Another mention of the same happening in the same document."""

    start: int = Field(description="Offset of the mention in Document.text.")
    end: int = Field(description="End offset of the mention in Document.text.")
    text: str = Field(description="Document.text[start:end].")


class Event(Model):
    """Who did what to whom, when and where; planned, done or denied; and who says so."""

    id: str = Field(description="Document-local id of the event ('e3'), stable within one analysis.")
    type: str = Field(description="Event type from the shipped lexicon (e.g. 'meet', 'sign_agreement').")
    cameo_root: str | None = Field(None, description="The CAMEO root code of the type.")
    trigger: str = Field(description="The word or phrase that reports the event.")
    trigger_start: int = Field(description="Offset of the trigger in Document.text.")
    trigger_end: int = Field(description="End offset of the trigger in Document.text.")
    actor: str | None = Field(None, description="Canonical name of who acts.")
    target: str | None = Field(None, description="Canonical name of who or what is acted on.")
    date: str | None = Field(None, description="ISO date (or range) of the event when the text anchors one.")
    place: str | None = Field(None, description="Where it happens.")
    status: EventStatus = Field("occurred", description="Whether it happened, is planned, ongoing, denied "
                                                        "or only hypothetical.")
    status_confidence: float | None = Field(
        None, description="Probability that the status is right, in [0, 1]; None when the extractor gives none.")
    attributed_to: str | None = Field(None, description="Who the text says reports it ('said X').")
    confidence: float | None = Field(
        None, description="Calibrated probability that a careful reader accepts the event as stated (a real "
                          "happening, the right participants and status, not a repeat of another event of the "
                          "document), in [0, 1]; events are ranked by it, and reports show those under the events' "
                          "bar (newsprism.events.shown) behind 'show more'. None when the extractor gives none.")
    evidence: Span = Field(description="The clause or sentence that reports the event.")
    mentions: list[EventMention] = Field(
        default_factory=list, description="Other mentions of the same happening in this document, besides the "
                                          "trigger (coreference).")


class StandingFact(Model):
    """A job, office, role or origin the document says someone holds or held: a standing state, not a happening
    (the events layer does not state it as an event; round 21). "She served as mayor", "worked for the police in
    the 1990s", "has previously worked with the Orvell Philharmonic", "hails from Ohio"."""

    holder: str | None = Field(None, description="Who holds it: the canonical name, else the subject as written; "
                                                 "None when the clause names nobody (a pronoun, a relative).")
    kind: StandingKind = Field(description="role: a role held ('works as a nurse'); employment: an employer "
                                           "('worked for the police'); office: a body served on ('served on the "
                                           "board'); show: a programme presented; part: a part taken ('played a "
                                           "lead role in the probes'); origin: where someone is from.")
    role: str | None = Field(None, description="The role, when the text names one ('mayor', 'a lead role').")
    organisation: str | None = Field(None, description="The employer, body, programme, people worked with or "
                                                       "place of origin, as written.")
    named: bool = Field(False, description="True when the organisation is a name (an organisation, place, "
                                           "group or person), not a common noun ('the police').")
    time: str | None = Field(None, description="The time the clause gives, as written ('in the 1990s', 'since "
                                               "2009').")
    status: StandingStatus = Field(description="current: held now ('works as'); former: held before ('worked "
                                               "for', 'had served'); to_date: a career up to now ('has worked "
                                               "with').")
    verb: Span = Field(description="The verb that tells it.")
    evidence: Span = Field(description="The clause that tells it.")


AmountBound = Literal["exact", "approx", "gt", "ge", "lt", "le", "below", "above", "range", "vague"]
AmountDimension = Literal["count", "money", "percent", "points", "duration", "age", "measure"]
ClaimKind = Literal["count", "quantity", "duration", "percentage", "date", "ordinal", "superlative", "named",
                    "role", "status", "fact"]


class VoteTally(Model):
    """The counts of one vote told as a tally ("by 118 votes to 42", "passed 91 to 69", "60 in favour, 40 against and
    12 abstentions"): the share it implies is the quantity's value."""

    votes_for: float = Field(description="Votes for (the winning side of a vote that passed).")
    votes_against: float = Field(description="Votes against.")
    abstentions: float | None = Field(None, description="Abstentions, when the text gives them (in neither side).")


class Quantity(Model):
    """A number, range or vague amount with its unit."""

    text: str = Field(description="The amount as written ('18', 'several', 'more than $1.7 billion').")
    value: float | None = Field(None, description="The number, when precise or bounded (durations and ages in "
                                                  "days, money in units of the currency).")
    low: float | None = Field(None, description="Lower end of the interval the amount allows.")
    high: float | None = Field(None, description="Upper end of the interval the amount allows (None: no upper "
                                                 "bound).")
    unit: str | None = Field(None, description="Currency code for money, 'day' for durations and ages, the base "
                                               "unit of a measure ('metre'), else the counted noun when known.")
    vague: bool = Field(False, description="True for 'several', 'dozens', 'more than 10' and the like.")
    bound: AmountBound | None = Field(
        None, description="How the figure is bounded: exact, approx ('about'), gt/ge ('more than', 'at least'), "
                          "lt/le ('fewer than', 'up to'), below ('nearly'), above ('just over'), range, vague "
                          "('several').")
    dimension: AmountDimension | None = Field(
        None, description="What the amount measures: a count, money, a percentage, percentage points, a duration, "
                          "an age, or a measure of length, mass, area or volume (value in its base unit: metre, "
                          "kilogram, square metre, litre).")
    per: str | None = Field(None, description="The period a rate is given per, when the text says one ('year' for "
                                              "'14,400 lurs a year' or 'an annual pension of 14,400 lurs', "
                                              "'month', 'week', 'day', 'hour').")
    tally: VoteTally | None = Field(None, description="For a percentage read from a vote tally: the counts it was "
                                                     "read from; two tallies of one vote are compared by their counts.")
    window: str | None = Field(None, description="For a duration that is the window a count or a rank is told in "
                                                 "('the third rise in four years', 'five arrests in the past five "
                                                 "weeks', 'the worst flooding in 50 years'): what it is the window "
                                                 "of ('third', '5 arrest', 'worst'); compared only with a window of "
                                                 "the same, never with a length of time.")
    sources: bool = Field(False, description="For a count: True when the counted group is the report's sources, "
                                             "the subject of a verb of telling or the object of 'according to' / "
                                             "'spoke to' ('three hostages who spoke to the paper'): it counts who "
                                             "told the report, not the thing told of.")
    before: bool = Field(False, description="True when the figure is the earlier value of a quantity that changed, "
                                            "after 'from' governed by a word of change or after 'compared with' "
                                            "('down from an average of 52', 'fell from 64'): never compared with "
                                            "another report's present figure.")


class DateParts(Model):
    """The parts of a date as written (any may be missing: 'Monday', 'March 3', 'March 2026')."""

    year: int | None = Field(None, description="Year, when written.")
    month: int | None = Field(None, description="Month 1-12, when written.")
    day: int | None = Field(None, description="Day of the month, when written.")
    weekday: int | None = Field(None, description="Day of the week, 0 = Monday, when written.")


class Claim(Model):
    """A check-worthy statement with normalized slots."""

    text: str = Field(description="The sentence that carries the claim.")
    start: int = Field(description="Offset of that sentence in Document.text.")
    end: int = Field(description="End offset of that sentence in Document.text.")
    kind: ClaimKind = Field(
        "fact", description="What the claim states: a count, another quantity (money, an age), a duration, a "
                            "percentage, a date, an ordinal ('second term'), a first/superlative, a named "
                            "programme or agreement, a person's role, the status of a happening (done, planned, "
                            "denied), or another fact.")
    subject: str | None = Field(None, description="Who or what the claim is about (the person, for a role).")
    predicate: str | None = Field(None, description="The verb of the claim (a stem: 'sign', 'say').")
    object: str | None = Field(None, description="What is counted, dated or named; the title, for a role.")
    quantity: Quantity | None = Field(None, description="The amount of a count, quantity, duration, percentage "
                                                        "or ordinal claim.")
    time: str | None = Field(None, description="ISO date of a date claim, or the reference year of a superlative "
                                               "or ordinal ('first since 1999').")
    date: DateParts | None = Field(None, description="The date as written, for a date claim.")
    status: EventStatus | None = Field(None, description="For a status claim: done (occurred), ongoing, planned, "
                                                         "denied or hypothetical.")
    negated: bool = Field(False, description="For a status claim: the clause is negated ('did not sign').")
    attributed_to: str | None = Field(None, description="Who the sentence says reports it ('officials said').")
    place: str | None = Field(None, description="Where, when the claim says.")
    hedged: bool = Field(False, description="True when the claim is hedged ('reportedly', 'may').")
    hedges: list[str] = Field(default_factory=list, description="The hedging words found.")
    evidence: Span = Field(description="The checkable part of the sentence ('signed 12 accords').")


class TechniqueSpan(Model):
    """A persuasion technique found on a span (SemEval-2023 Task 3 labels)."""

    technique: str = Field(description="Technique label (SemEval-2023 Task 3).")
    start: int = Field(description="Offset of the span in Document.text.")
    end: int = Field(description="End offset of the span in Document.text.")
    text: str = Field(description="Document.text[start:end].")
    score: float = Field(description="Model score or measured cue precision, in [0, 1].")
    voice: Literal["author", "attributed"] = Field(
        "author", description="author: the outlet's own words; attributed: words it quotes or reports.")
    explanation: str = Field("", description="Why the span was marked, in plain words.")


class ParagraphTechniques(Model):
    """Techniques found in one paragraph as a whole."""

    paragraph: int = Field(description="Index in Document.paragraphs (-1: the body as a whole).")
    start: int = Field(description="Offset of the paragraph in Document.text.")
    end: int = Field(description="End offset of the paragraph in Document.text.")
    techniques: list[str] = Field(default_factory=list, description="Labels over their paragraph threshold.")
    scores: list[LabelScore] = Field(default_factory=list, description="Every label scoring 0.05 or more.")


class Genre(Model):
    """What kind of text the document is."""

    label: GenreLabel = Field(description="reporting, opinion or satire; uncertain when no label is sure "
                                          "enough; not_article for text that is not a news article.")
    scores: list[LabelScore] = Field(default_factory=list, description="Score of each genre.")
    confidence: float | None = Field(None, description="Probability that the label is right, in [0, 1].")


class Frame(Model):
    """A framing dimension of the document (SemEval-2023 Task 3 frames)."""

    label: str = Field(description="Frame label.")
    score: float = Field(description="Model score, in [0, 1].")


class TechniqueCount(Model):
    """How often one technique occurs."""

    technique: str = Field(description="Technique label.")
    count: int = Field(description="Number of spans.")


class TechniqueSummary(Model):
    """Per-document technique figures."""

    author_per_1000_words: float = Field(0.0, description="Spans in the author's voice per 1,000 body words.")
    attributed_per_1000_words: float = Field(0.0, description="Attributed spans per 1,000 body words.")
    top: list[TechniqueCount] = Field(default_factory=list,
                                      description="The most frequent techniques in the author's voice.")


class Comment(Model):
    """One reader comment."""

    author: str = Field(description="The author as shown.")
    text: str = Field(description="The comment (Document.text[start:end]).")
    start: int = Field(description="Offset of the comment in Document.text.")
    end: int = Field(description="End offset of the comment in Document.text.")
    author_start: int | None = Field(None, description="Offset of the author line in Document.text.")
    author_end: int | None = Field(None, description="End offset of the author line.")
    posted: str | None = Field(None, description="When it was posted, when the thread shows it: ISO 8601 for an "
                                                 "absolute time, else the relative time as shown ('2 hours ago').")
    parent: int | None = Field(None, description="Index (into Document.comments) of the comment this one replies "
                                                 "to, when the thread shows it; None for a top-level comment.")
    depth: int = Field(0, description="Reply depth: 0 for a top-level comment, parent's depth + 1 for a reply.")
    stance: Stance | None = Field(None, description="Stance toward the story.")
    stance_score: float | None = Field(None, description="Confidence of the stance, in [0, 1].")
    sentiment: float | None = Field(None, description="VADER compound sentiment, in [-1, 1].")
    toxicity: float | None = Field(None, description="Toxicity score, in [0, 1].")
    toxic: bool | None = Field(None, description="True when toxicity is at or above the toxic threshold.")
    language: str | None = Field(None, description="ISO 639-1 language code.")
    duplicate_of: int | None = Field(None, description="Index of the first comment of its near-duplicate group.")
    cluster: int | None = Field(None, description="Number of its near-duplicate group (None when it has none).")


class Note(Model):
    """Something ingestion or a component had to do or could not do: a truncation, a cap, a failure."""

    component: str = Field(description="Who wrote the note: 'ingest', 'pipeline', 'batch', or a component name.")
    kind: NoteKind = Field(
        description="error: a component failed on this document (its layer is missing or partial); truncated, "
                    "capped, dropped: input over a limit or unusable parts left out; inconsistent: the input "
                    "contradicts itself; ignored: input fields not used; skipped: layers not run (time cap); "
                    "duplicate: a near-duplicate copy stored without analysis; unsupported: input the models do "
                    "not cover; other: a note of an older version.")
    message: str = Field(description="What happened, in one line.")


class Document(Model):
    """One article (and its reader comments) with every analysis layer."""

    id: str = Field(description="Document id, unique within an analysis (and within a store).")
    source: str = Field(description="Where it came from: a path, a URL or a record name.")
    outlet: str | None = Field(None, description="The publishing outlet, when known.")
    url: str | None = Field(None, description="Its URL, when known.")
    title: str | None = Field(None, description="The headline.")
    author: str | None = Field(None, description="The byline, when found.")
    published: str | None = Field(None, description="Publication date (ISO), when known.")
    place: str | None = Field(None, description="The dateline place.")
    language: str | None = Field(None, description="ISO 639-1 code of the article's language, when detected.")
    language_supported: bool = Field(True, description="False when the analysis models do not cover the language.")
    dateline: Span | None = Field(None, description="The dateline place in Document.text.")
    text: str = Field(description="The stored, normalized text; every offset points into it.")
    body: Span = Field(description="The article part of the text (before any comment section).")
    comments_section: Span | None = Field(None, description="The reader-comment section of the text.")
    paragraphs: list[Paragraph] = Field(default_factory=list, description="Lines of the article part.")
    sentences: list[Sentence] = Field(default_factory=list, description="Sentences of title, headings and body.")
    entities: list[Entity] = Field(default_factory=list, description="Named-entity mentions.")
    actors: list[Actor] = Field(default_factory=list, description="Canonical actors with their mentions.")
    dates: list[DateMention] = Field(default_factory=list, description="Resolved date mentions.")
    events: list[Event] = Field(default_factory=list, description="Events reported in the body.")
    standing_facts: list[StandingFact] = Field(
        default_factory=list, description="Jobs, offices, roles and origins held (standing states, not events).")
    claims: list[Claim] = Field(default_factory=list, description="Check-worthy claims with normalized slots.")
    techniques: list[TechniqueSpan] = Field(default_factory=list, description="Persuasion technique spans.")
    paragraph_techniques: list[ParagraphTechniques] = Field(default_factory=list,
                                                            description="Techniques per body paragraph.")
    genre: Genre | None = Field(None, description="The document's genre.")
    frames: list[Frame] = Field(default_factory=list, description="Framing dimensions, strongest first.")
    technique_summary: TechniqueSummary | None = Field(None, description="Per-document technique figures.")
    comments: list[Comment] = Field(default_factory=list, description="Reader comments, in thread order.")
    thread: Thread | None = Field(None, description="Thread-level analysis of the comments.")
    notes: list[Note] = Field(default_factory=list,
                              description="What ingestion or a component had to do: truncations, caps, failures.")
    content_hash: str = Field("", description="sha256 of Document.text: the store's idempotency key.")

    @property
    def body_text(self) -> str:
        return self.text[self.body.start : self.body.end]

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def body_paragraphs(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind == "body"]

    def note(self, component: str, kind: NoteKind, message: str) -> None:
        """Record a note on the document."""
        self.notes.append(Note(component=component, kind=kind, message=message))

    def has_note(self, kind: NoteKind) -> bool:
        return any(n.kind == kind for n in self.notes)
