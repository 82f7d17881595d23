"""The app's routes, one APIRouter per concern: the REST API (stories, library), HTML pages and form posts."""


def table() -> list[tuple[str, set[str]]]:
    """(path, methods) of every route the app serves (pages and forms included), e.g. to check that every
    write asks for the token."""
    from newsprism.web.routes import api_library, api_stories, forms, pages

    return [(r.path, set(getattr(r, "methods", None) or ())) for m in (api_library, api_stories, pages, forms)
            for r in m.router.routes]
