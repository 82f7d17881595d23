"""The REST API (JSON only, described by /openapi.json)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, HTTPException, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from newsprism.web import intake
from newsprism.web.security import token_ok


class TextInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(..., description="One article in the plain-text layout, or HTML.")
    source: str = Field("pasted", description="A name for it (shown as the source when it has no outlet).")


class AnalyzeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    texts: list[TextInput] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list, description="http(s) URLs to fetch and analyze.")


class AnalyzeResponse(BaseModel):
    story_id: str | None = Field(None, description="Set when two or more documents were compared and stored.")
    document_ids: list[str]
    errors: list[dict[str, Any]]
    analysis: dict[str, Any] = Field(..., description="The Analysis JSON (schema newsprism.analysis/2).")


def register_api(app: FastAPI) -> None:
    state = app.state.np

    @app.post("/api/analyze", response_model=AnalyzeResponse, tags=["api"],
              responses={401: {"description": "missing or wrong token"}, 413: {"description": "body too large"},
                         422: {"description": "no input could be analyzed"},
                         503: {"description": "busy (every analysis slot is taken; see Retry-After), or the "
                                              "analysis models are missing or broken"}})
    async def api_analyze(body: AnalyzeRequest, request: Request) -> dict[str, Any]:
        """Analyze pasted texts and/or URLs, store the result and return it. Needs the token when the
        server was started with ``--token``. When ``max_pending`` analyses are already running or queued the
        answer is 503 with ``Retry-After`` (seconds) and ``{"error": "busy"}``, at once."""
        if not token_ok(state.settings.token, request):
            raise HTTPException(401, "a valid token is required for writes")
        sub = intake.Submission(texts=[(t.source, t.text) for t in body.texts], urls=list(body.urls))
        if not len(sub):
            raise HTTPException(422, "give at least one text or URL")
        out = await state.analyze(intake.run, sub, state.settings, state.store)
        if not out.analysis.documents:
            raise HTTPException(422, {"errors": [e.model_dump() for e in out.analysis.errors]})
        return out.to_dict()

    @app.get("/api/stories", tags=["api"])
    async def api_stories(limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)) -> list[dict]:
        """Stored stories, newest first."""
        return await state.read(state.store.list_stories, limit, offset)

    @app.get("/api/stories/{story_id}", tags=["api"], responses={404: {"description": "no such story"}})
    async def api_story(story_id: str) -> dict[str, Any]:
        """One story: the compared Story JSON with its documents (full Document JSON) under ``documents``."""
        got = await state.read(state.store.get_story, story_id)
        if got is None:
            raise HTTPException(404, "no such story")
        return got

    @app.get("/api/documents", tags=["api"])
    async def api_documents(limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)) -> list[dict]:
        """Stored documents, newest first (summary rows)."""
        return await state.read(state.store.list_documents, limit, offset)

    @app.get("/api/documents/{doc_id}", tags=["api"], responses={404: {"description": "no such document"}})
    async def api_document(doc_id: str) -> dict[str, Any]:
        """One stored Document with every analysis layer."""
        got = await state.read(state.store.get_document, doc_id)
        if got is None:
            raise HTTPException(404, "no such document")
        return got

    @app.get("/api/search", tags=["api"])
    async def api_search(q: str = Query(..., min_length=1, max_length=500),
                         limit: int = Query(20, ge=1, le=200)) -> list[dict]:
        """Full-text search (SQLite FTS5) over titles and article bodies; every word must occur."""
        return await state.read(state.store.search, q, limit)
