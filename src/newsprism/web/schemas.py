"""What the REST API takes and returns, as pydantic models, so ``/openapi.json`` describes every route."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from newsprism.model import Document, InputFailure, Story


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TextInput(Strict):
    text: str = Field(..., description="One article in the plain-text layout, or HTML.")
    source: str = Field("pasted", description="A name for it (shown as the source when it has no outlet).")


class AnalyzeRequest(Strict):
    texts: list[TextInput] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list, description="http(s) URLs to fetch and analyze.")


class AnalyzeResponse(BaseModel):
    story_id: str | None = Field(None, description="Set when two or more documents were compared and stored.")
    document_ids: list[str]
    errors: list[InputFailure]
    analysis: dict[str, Any] = Field(..., description="The Analysis JSON (the shipped JSON Schema).")


class JobOut(BaseModel):
    id: str
    what: str = Field(..., description="What the job does, in words.")
    story_id: str | None = None
    status: Literal["queued", "running", "done", "failed"]
    stage: str = Field(..., description="Where the work is now, in words.")
    step: int = 0
    steps: int = 0
    elapsed: float = Field(..., description="Seconds since the job was made.")
    overdue: bool = Field(..., description="Still running after the time pages wait for (wait_bound).")
    wait_bound: float
    href: str | None = Field(None, description="The page that shows the result.")
    document_ids: list[str] = Field(default_factory=list)
    errors: list[dict[str, str]] = Field(default_factory=list)
    error: str | None = Field(None, description="Why the job failed.")
    created: float
    started: float | None = None
    finished: float | None = None


class StoryCreate(Strict):
    title: str = Field("", max_length=500, description="The story's title (a source's title is used if blank).")


class StoryCreated(BaseModel):
    id: str
    title: str | None
    href: str


class StorySummary(BaseModel):
    id: str
    title: str | None
    n_documents: int
    updated_at: str
    stale: int = Field(..., description="1 while the comparison is older than the story's sources.")
    n_disagreements: int = Field(..., description="Conflicts and status differences shown first (red on its "
                                                   "page).")
    n_confirmed: int = Field(..., description="Flags a person confirmed.")


class SourceIn(Strict):
    text: str | None = Field(None, description="The article (plain-text layout or HTML); or give `url` alone to "
                                                "fetch it.")
    url: str | None = Field(None, description="With `text`: the article's address. Alone: an http(s) URL to "
                                               "fetch.")
    outlet: str | None = Field(None, max_length=200, description="Who published it (wins over what is read).")
    published: str | None = Field(None, max_length=40, description="When (ISO date), if the text does not say.")
    title: str | None = Field(None, max_length=500, description="Its title, if the text has none or a wrong one.")


class SourceAdded(BaseModel):
    document_id: str = Field(..., description="The stored source (analysis follows in `job`).")
    document_ids: list[str] = Field(..., description="Every document the input held (a JSONL upload may hold "
                                                     "several).")
    job: JobOut
    errors: list[InputFailure] = Field(default_factory=list)


class DocumentPatch(Strict):
    outlet: str | None = Field(None, max_length=200)
    published: str | None = Field(None, max_length=40)
    title: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=2000)


class DocumentSummary(BaseModel):
    id: str
    title: str | None = None
    source: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    genre: str | None = None
    words: int | None = None
    state: str = Field("analyzed", description="pending (analysis queued or running), analyzed or failed.")
    language: str | None = None
    saved_at: str | None = None


class SourceOut(BaseModel):
    id: str
    label: str = Field(..., description="How the source is named on pages: outlet, host, file, title.")
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    state: str = Field(..., description="pending, analyzed or failed.")
    state_reason: str | None = None
    language: str | None = None


class ReviewIn(Strict):
    verdict: Literal["confirmed", "rejected"] | None = Field(
        ..., description="confirmed, rejected, or null to clear the verdict.")
    note: str = Field("", max_length=5000)


class ReviewOut(BaseModel):
    flag_id: str
    verdict: Literal["confirmed", "rejected"] | None
    note: str = ""
    at: str | None = None


class StoryDetail(BaseModel):
    id: str
    title: str | None
    created_at: str | None = None
    updated_at: str | None = None
    stale: bool = Field(..., description="True while a comparison of the current sources is still to come.")
    sources: list[SourceOut]
    jobs: list[JobOut] = Field(..., description="Analyses of this story still running.")
    story: Story = Field(..., description="The comparison: every flag with its stable id and review state.")
    documents: list[Document] = Field(..., description="Every source with every analysis layer.")


class SearchHit(BaseModel):
    id: str
    title: str | None
    source: str | None
    outlet: str | None = None
    published: str | None
    snippet: str
    snippet_html: str = Field(..., description="The snippet, HTML-escaped, hits in <mark>.")
    rank: float


class Deleted(BaseModel):
    deleted: str
    job: JobOut | None = Field(None, description="The comparison this change queued, if any.")
