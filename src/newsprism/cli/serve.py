"""``newsprism serve``: the local web app over a SQLite store."""

from __future__ import annotations

import ipaddress
import os
import sys
from pathlib import Path

import typer

from newsprism.web.settings import Settings


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info") -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    from newsprism.web import create_app

    if not _loopback(host) and not settings.token:
        print(f"newsprism: warning: serving on {host} without --token: anyone who can reach it can write",
              file=sys.stderr)
    uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level, server_header=False)


def serve_cli(
    db: Path = typer.Option(Path("newsprism.sqlite"), "--db", help="The SQLite store (created when missing)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    token: str | None = typer.Option(None, "--token", envvar="NEWSPRISM_TOKEN",
                                     help="Require this token for every write (form field or Bearer header)."),
    allow_private: bool = typer.Option(False, "--allow-private",
                                       help="Allow fetching URLs on private or loopback addresses."),
    max_request_bytes: int = typer.Option(10_000_000, "--max-request-bytes", help="Largest request body."),
    workers: int = typer.Option(1, "--workers", min=1, help="Analysis threads."),
    max_pending: int | None = typer.Option(None, "--max-pending", min=1,
                                           help="Most analyses running or queued at once; beyond it an "
                                                "analysis is answered 503 with Retry-After. Default: 2 x "
                                                "--workers."),
    allowed_host: list[str] = typer.Option([], "--allowed-host",
                                           help="A Host name to answer to (repeatable). Default: loopback "
                                                "names, or any host when --host is not loopback."),
) -> None:
    """Serve the web app: paste, upload or fetch articles, analyze and store them, browse and search.

    The REST API is described at /openapi.json and listed at /api.
    """
    hosts = list(allowed_host) or (["127.0.0.1", "localhost"] if _loopback(host) else ["*"])
    settings = Settings(db=db, token=token or os.environ.get("NEWSPRISM_TOKEN") or None,
                        allow_private=allow_private, max_request_bytes=max_request_bytes, workers=workers,
                        max_pending=max_pending,
                        allowed_hosts=hosts)
    serve(settings, host=host, port=port)
