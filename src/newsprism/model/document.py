"""The one typed document model every layer reads and writes.

All spans are character offsets into ``Document.text`` (the stored, normalized text): for every span,
``doc.text[span.start:span.end] == span.text`` where the span carries its text. A Document's text holds the
article (title, meta lines, body) and, after it, the reader-comment section when the source had one. The
article part is ``Document.body``; comments are separate records that point into the comment section.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

SCHEMA_ID = "newsprism.analysis/1"


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent, exclude_none=False)


class Span(Model):
    start: int
    end: int
    text: str = ""


class Paragraph(Model):
    start: int
    end: int
    # title | dateline | meta ("Published", "3 min read") | heading | body
    kind: Literal["title", "meta", "heading", "body"] = "body"


class Sentence(Model):
    start: int
    end: int
    paragraph: int


class Entity(Model):
    text: str
    label: str
    canonical: str
    start: int
    end: int
    role: str | None = None


class Actor(Model):
    """One canonical actor with every mention of it in the document."""

    canonical: str
    label: str
    roles: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    mentions: int = 0


class DateMention(Model):
    text: str
    start: int
    end: int
    iso: str | None = None
    # "day" | "month" | "year" | "range"
    granularity: str = "day"


class Event(Model):
    type: str
    cameo_root: str | None = None
    trigger: str = ""
    actor: str | None = None
    target: str | None = None
    date: str | None = None
    place: str | None = None
    status: Literal["occurred", "planned", "ongoing", "denied", "hypothetical"] = "occurred"
    attributed_to: str | None = None
    evidence: Span


class Quantity(Model):
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    vague: bool = False


class Claim(Model):
    text: str
    start: int
    end: int
    kind: str = "fact"  # count | date | superlative | named | role | fact
    subject: str | None = None
    predicate: str | None = None
    object: str | None = None
    quantity: Quantity | None = None
    time: str | None = None
    place: str | None = None
    hedged: bool = False
    hedges: list[str] = Field(default_factory=list)
    evidence: Span


class TechniqueSpan(Model):
    technique: str
    start: int
    end: int
    text: str
    score: float
    voice: Literal["author", "attributed"] = "author"
    explanation: str = ""


class ParagraphTechniques(Model):
    paragraph: int
    start: int
    end: int
    techniques: list[str] = Field(default_factory=list)
    scores: dict[str, float] = Field(default_factory=dict)


class Genre(Model):
    label: Literal["reporting", "opinion", "satire"]
    scores: dict[str, float] = Field(default_factory=dict)


class Frame(Model):
    label: str
    score: float


class TechniqueSummary(Model):
    author_per_1000_words: float = 0.0
    attributed_per_1000_words: float = 0.0
    top: list[tuple[str, int]] = Field(default_factory=list)


class Comment(Model):
    author: str
    text: str
    start: int
    end: int
    author_start: int | None = None
    author_end: int | None = None
    posted: str | None = None
    stance: Literal["favor", "against", "neutral"] | None = None
    stance_score: float | None = None
    sentiment: float | None = None
    toxicity: float | None = None
    toxic: bool | None = None
    language: str | None = None
    duplicate_of: int | None = None
    cluster: int | None = None


class Thread(Model):
    stance_distribution: dict[str, int] = Field(default_factory=dict)
    arguments: list[dict[str, Any]] = Field(default_factory=list)
    coordination: list[dict[str, Any]] = Field(default_factory=list)
    civility: dict[str, Any] = Field(default_factory=dict)


class Document(Model):
    id: str
    source: str
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    place: str | None = None
    dateline: Span | None = None
    text: str
    body: Span
    comments_section: Span | None = None
    paragraphs: list[Paragraph] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    techniques: list[TechniqueSpan] = Field(default_factory=list)
    paragraph_techniques: list[ParagraphTechniques] = Field(default_factory=list)
    genre: Genre | None = None
    frames: list[Frame] = Field(default_factory=list)
    technique_summary: TechniqueSummary | None = None
    comments: list[Comment] = Field(default_factory=list)
    thread: Thread | None = None
    # Notes about what ingestion or a component had to do: truncations, dropped parts, caps hit.
    warnings: list[str] = Field(default_factory=list)
    content_hash: str = ""

    # Per-process analysis state that never goes to JSON (e.g. parsed spaCy docs per paragraph).
    _cache: dict[str, Any] = PrivateAttr(default_factory=dict)

    @property
    def body_text(self) -> str:
        return self.text[self.body.start : self.body.end]

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def body_paragraphs(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind == "body"]


class Discrepancy(Model):
    kind: Literal["consensus", "conflict", "precision", "status", "unique"]
    topic: str
    sides: list[dict[str, Any]]
    explanation: str = ""
    score: float | None = None


class Story(Model):
    id: str | None = None
    documents: list[str] = Field(default_factory=list)
    clusters: list[list[str]] = Field(default_factory=list)
    duplicates: list[dict[str, Any]] = Field(default_factory=list)
    discrepancies: list[Discrepancy] = Field(default_factory=list)
    consensus: list[Discrepancy] = Field(default_factory=list)
    unique: list[Discrepancy] = Field(default_factory=list)
    timeline: list[dict[str, Any]] = Field(default_factory=list)
    profiles: dict[str, dict[str, Any]] = Field(default_factory=dict)


class InputError(Model):
    input: str
    reason: str
    kind: str = "IngestError"


class Analysis(Model):
    schema_: str = Field(default=SCHEMA_ID, alias="schema")
    documents: list[Document] = Field(default_factory=list)
    story: Story = Field(default_factory=Story)
    errors: list[InputError] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent, by_alias=True)

    def to_dict(self) -> dict[str, Any]:
        return json.loads(self.to_json(indent=None))
