"""The reader-comment thread as a whole: stance counts, arguments, coordination signals and civility.

Every piece of evidence names comment indices (into ``Document.comments``) and character offsets into
``Document.text``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from newsprism.model.base import Model, Span

Stance = Literal["favor", "against", "neutral"]


class StanceCounts(Model):
    """How many comments take each stance toward the story."""

    favor: int = Field(0, description="Comments in favor of the story's main claim or actor.")
    against: int = Field(0, description="Comments against it.")
    neutral: int = Field(0, description="Comments neutral toward it, or with no stance.")


class CommentEvidence(Model):
    """A span of one comment that backs a thread-level finding."""

    comment: int = Field(description="Index of the comment in Document.comments.")
    author: str = Field(description="The comment's author as shown in the thread.")
    start: int = Field(description="Offset of the span in Document.text.")
    end: int = Field(description="End offset of the span in Document.text.")
    text: str = Field(description="Document.text[start:end].")


class Argument(Model):
    """A group of comments on one side that make the same point."""

    id: str = Field(description="Document-local id of the argument (e.g. 'favor-1').")
    stance: Literal["favor", "against"] = Field(description="The side the comments take.")
    size: int = Field(description="Number of comments in the group, near-duplicates included.")
    label: str = Field(description="The most central comment sentence of the group: the argument in a reader's "
                                   "own words.")
    label_author: str = Field(description="Author of the comment the label is taken from.")
    label_span: CommentEvidence = Field(description="Where the label sits in Document.text.")
    keyphrases: str = Field("", description="Words that set this group apart from the other side's comments.")
    comments: list[int] = Field(description="Indices of the comments in the group (into Document.comments).")
    mean_confidence: float = Field(description="Mean stance confidence of the group's comments, in [0, 1].")


class _Signal(Model):
    explanation: str = Field(description="What was seen, in one plain sentence.")
    comments: list[int] = Field(description="Indices of the comments involved (into Document.comments).")
    authors: list[str] = Field(description="Their authors.")
    evidence: list[CommentEvidence] = Field(description="The comment spans that show it.")


class _PairSignal(_Signal):
    similarity: float = Field(description="Edit-distance similarity of the two normalized texts, in [0, 1].")


class NearDuplicateSignal(_PairSignal):
    """Two different authors posted near-identical texts."""

    kind: Literal["near_duplicate"] = Field(description="Signal kind.")


class RepeatedTextSignal(_PairSignal):
    """One author posted the same text twice."""

    kind: Literal["repeated_text"] = Field(description="Signal kind.")


class ProlificAuthorSignal(_Signal):
    """One author wrote a large share of the thread."""

    kind: Literal["prolific_author"] = Field(description="Signal kind.")
    share: float = Field(description="The author's share of all comments, in [0, 1].")


class BurstSignal(_Signal):
    """Many comments posted within a short time window."""

    kind: Literal["burst"] = Field(description="Signal kind.")
    start_time: str = Field(description="ISO timestamp of the first comment of the burst.")
    end_time: str = Field(description="ISO timestamp of the last comment of the burst.")


class ArticleCopySignal(_Signal):
    """A comment copies a run of consecutive words of the article."""

    kind: Literal["article_copy"] = Field(description="Signal kind.")
    words: int = Field(description="Length of the copied run, in words.")
    article: Span = Field(description="The copied words in the article body.")


CoordinationSignal = Annotated[
    NearDuplicateSignal | RepeatedTextSignal | ProlificAuthorSignal | BurstSignal | ArticleCopySignal,
    Field(discriminator="kind"),
]


class ToxicComment(CommentEvidence):
    """A comment scored toxic."""

    toxicity: float | None = Field(description="Its toxicity score, in [0, 1].")


class CivilityTarget(Model):
    """Who toxic comments are aimed at."""

    target: str = Field(description="The name or phrase aimed at.")
    kind: Literal["actor", "commenter", "group", "other"] = Field(
        description="actor: a person or organization of the story; commenter: another reader; group: a group "
                    "of people; other: the phrase an insult is predicated of.")
    comments: list[int] = Field(description="Indices of the toxic comments aimed at it.")


class CivilitySummary(Model):
    """How civil the thread is, and at whom incivility is aimed."""

    toxic_share: float = Field(0.0, description="Share of comments that are toxic, in [0, 1].")
    toxic_count: int = Field(0, description="Number of toxic comments.")
    total: int = Field(0, description="Number of comments.")
    toxic_comments: list[ToxicComment] = Field(default_factory=list, description="Every toxic comment.")
    targets: list[CivilityTarget] = Field(default_factory=list,
                                          description="Targets of toxic comments, most targeted first.")


class Thread(Model):
    """The thread-level analysis of a document's reader comments."""

    stance_distribution: StanceCounts = Field(default_factory=StanceCounts,
                                              description="Comments per stance toward the story.")
    arguments: list[Argument] = Field(default_factory=list,
                                      description="The main arguments on each side, largest first.")
    coordination: list[CoordinationSignal] = Field(
        default_factory=list, description="Signals of possibly coordinated commenting, each with its evidence.")
    civility: CivilitySummary = Field(default_factory=CivilitySummary, description="Civility of the thread.")
