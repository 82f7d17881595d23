"""One story told by several sources: what they agree on, where they conflict, what each leaves out."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Literal

from pydantic import Field, model_validator

from newsprism.model.base import Model
from newsprism.model.document import EventStatus, GenreLabel, Quantity

DiscrepancyKind = Literal["consensus", "conflict", "precision", "status", "unique"]
Slot = Literal["count", "quantity", "duration", "percentage", "date", "role", "ordinal", "status", "named",
               "event", "fact"]
# The order kinds are listed in (Story.discrepancies is sorted by it, then by confidence).
KIND_ORDER: dict[str, int] = {"conflict": 0, "precision": 1, "status": 2, "consensus": 3, "unique": 4}


class Side(Model):
    """What one source says: its evidence span and the value it gives."""

    document: str = Field(description="Id of the document (Document.id).")
    outlet: str | None = Field(None, description="The document's outlet, when known.")
    start: int = Field(description="Offset of the evidence in that document's text.")
    end: int = Field(description="End offset of the evidence in that document's text.")
    text: str = Field(description="The evidence (the document's text[start:end]).")
    value: str = Field("", description="The normalized slot value this source gives, as text ('18', "
                                       "'2026-03-03', 'planned').")
    quantity: Quantity | None = Field(None, description="The amount, for count and quantity slots.")
    status: EventStatus | None = Field(None, description="The event status this source reports, for events.")
    attributed_to: str | None = Field(None, description="Who this source says reports it.")


class Review(Model):
    """A person's verdict on a flag (set by the store or the web app, never by the analysis)."""

    verdict: Literal["confirmed", "rejected"] = Field(description="confirmed: the flag is right; rejected: wrong.")
    note: str = Field("", description="The reviewer's note.")
    at: str = Field(description="When the verdict was given (ISO timestamp).")


def discrepancy_id(kind: str, slot: str, sides: Iterable[Side]) -> str:
    """Stable id of a flag: a hash of its kind, slot and each side's document and offsets."""
    parts = sorted(f"{s.document}:{s.start}:{s.end}" for s in sides)
    return hashlib.sha1("|".join([kind, slot, *parts]).encode("utf-8")).hexdigest()[:16]


class Discrepancy(Model):
    """One cross-source flag: consensus, conflict, vague against precise, planned against done, or unique."""

    id: str = Field("", description="Stable id: a hash of kind, slot and each side's document and offsets "
                                    "(filled when left empty).")
    kind: DiscrepancyKind = Field(
        description="consensus: sources agree; conflict: incompatible values; precision: a vague figure against a "
                    "precise one; status: planned against done (or denied); unique: only one source reports it.")
    slot: Slot = Field(description="What is compared: a count, quantity, duration, percentage, date, role, "
                                   "ordinal (first since ...), event status, a named thing, an event, or a fact.")
    topic: str = Field(description="What the flag is about, in plain words.")
    statement: str = Field(description="One plain-English sentence a journalist could quote, naming the sources.")
    explanation: str = Field("", description="How the flag was decided (which slot and values).")
    confidence: float = Field(ge=0.0, le=1.0, description="Probability that the flag is right, in [0, 1].")
    sides: list[Side] = Field(description="What each source says, with its evidence.")
    review: Review | None = Field(None, description="A person's verdict, when reviewed.")

    @model_validator(mode="after")
    def _fill_id(self) -> Discrepancy:
        if not self.id:
            self.id = discrepancy_id(self.kind, self.slot, self.sides)
        return self

    def refresh_id(self) -> None:
        """Recompute the id after the sides changed."""
        self.id = discrepancy_id(self.kind, self.slot, self.sides)


class DuplicateLink(Model):
    """A near-identical (syndicated or re-posted) copy left out of the comparison."""

    document: str = Field(description="Id of the copy.")
    duplicate_of: str = Field(description="Id of the earlier document it copies.")
    similarity: float = Field(description="Estimated Jaccard similarity of their bodies' word shingles.")


class TimelineEntry(Model):
    """One dated event, merged across the sources that report it."""

    date: str = Field(description="ISO date (or range) of the event.")
    type: str = Field(description="Event type.")
    trigger: str | None = Field(None, description="The first reporting source's word or phrase for the event "
                                                  "(what people read; the type is a dictionary key).")
    cameo_root: str | None = Field(None, description="CAMEO root code of the type.")
    actor: str | None = Field(None, description="Who acts.")
    target: str | None = Field(None, description="Who or what is acted on.")
    status: EventStatus = Field(description="Status as the first reporting source gives it.")
    place: str | None = Field(None, description="Where.")
    text: str = Field(description="The first source's evidence.")
    sources: list[Side] = Field(description="Each source's evidence; value and status are its status.")
    confidence: float | None = Field(None, ge=0.0, le=1.0,
                                     description="The highest confidence among the events merged here (the "
                                                 "probability that a careful reader accepts the event as stated); "
                                                 "null when none gives one. Readers show entries under the "
                                                 "events' bar (newsprism.events.shown) behind \"show more\".")


class HeadlineStance(Model):
    """How another source's body treats this source's headline (FNC-1 labels)."""

    document: str = Field(description="Id of the other source.")
    label: Literal["agree", "disagree", "discuss", "unrelated"] = Field(description="The body's stance.")
    confidence: float = Field(description="Probability of the label, in [0, 1].")


class SourceProfile(Model):
    """What one source includes, leaves out and disputes."""

    document: str = Field(description="Id of the source's document.")
    outlet: str | None = Field(None, description="Its outlet.")
    title: str | None = Field(None, description="Its headline.")
    published: str | None = Field(None, description="Its publication date.")
    genre: GenreLabel | None = Field(None, description="Its genre.")
    claims: int = Field(0, description="Number of claims it makes.")
    events: int = Field(0, description="Number of events it reports.")
    includes: list[str] = Field(default_factory=list, description="Topics of the flags it takes part in.")
    unique: list[str] = Field(default_factory=list, description="Topics only it reports.")
    omits: list[str] = Field(default_factory=list, description="Topics others report or agree on that it leaves out.")
    agrees_on: int = Field(0, description="Consensus flags it takes part in.")
    disputed: int = Field(0, description="Conflict, precision and status flags it takes part in.")
    names_only_here: list[str] = Field(default_factory=list,
                                       description="People, organizations and places only it names.")
    headline_stance_of_others: list[HeadlineStance] = Field(
        default_factory=list, description="How each other source's body treats its headline.")


class Story(Model):
    """The cross-source comparison of several documents."""

    id: str | None = Field(None, description="Story id.")
    documents: list[str] = Field(default_factory=list, description="Ids of the member documents.")
    clusters: list[list[str]] = Field(default_factory=list,
                                      description="Groups of documents about the same event.")
    duplicates: list[DuplicateLink] = Field(default_factory=list,
                                            description="Near-duplicate copies left out of the comparison.")
    discrepancies: list[Discrepancy] = Field(
        default_factory=list, description="Every flag, by kind (conflict, precision, status, consensus, unique) "
                                          "and by confidence within a kind.")
    timeline: list[TimelineEntry] = Field(default_factory=list, description="Dated events, oldest first.")
    profiles: list[SourceProfile] = Field(default_factory=list, description="One profile per compared source.")

    def flags(self, *kinds: DiscrepancyKind) -> list[Discrepancy]:
        """The flags of the given kinds, in story order."""
        return [d for d in self.discrepancies if d.kind in kinds]

    @property
    def consensus(self) -> list[Discrepancy]:
        return self.flags("consensus")

    @property
    def unique(self) -> list[Discrepancy]:
        return self.flags("unique")

    def profile(self, document: str) -> SourceProfile | None:
        return next((p for p in self.profiles if p.document == document), None)


def sort_flags(items: list[Discrepancy]) -> list[Discrepancy]:
    """Story order: by kind, then most confident first, then by where the first side starts."""
    return sorted(items, key=lambda x: (KIND_ORDER[x.kind], -x.confidence, min((s.start for s in x.sides),
                                                                                 default=0)))
