"""Fetch a URL over HTTP with a timeout and a size cap; optionally refuse private addresses (SSRF)."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlparse

import httpx

from newsprism.config import DEFAULT_LIMITS, Limits
from newsprism.errors import IngestError, LimitError


def is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def check_public(url: str) -> None:
    """Refuse URLs whose host resolves to a private, loopback, link-local or reserved address."""
    host = urlparse(url).hostname
    if not host:
        raise IngestError("URL has no host", input=url)
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror as exc:
        raise IngestError(f"cannot resolve host {host!r}: {exc}", input=url) from None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        ip = getattr(ip, "sixtofour", None) or ip  # 2002:7f00:1:: is 127.0.0.1 through 6to4
        # not is_global also covers shared address space (100.64/10, where some clouds keep metadata).
        if not ip.is_global or ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast \
                or ip.is_unspecified:
            raise IngestError(f"refusing to fetch a private or loopback address ({ip})", input=url)


def fetch(url: str, *, limits: Limits = DEFAULT_LIMITS, allow_private: bool = True) -> tuple[bytes, str]:
    """Body bytes and content type. Redirects are followed one hop at a time so each hop is checked."""
    current = url
    for _ in range(5):
        if not allow_private:
            check_public(current)
        try:
            with httpx.stream("GET", current, timeout=limits.fetch_timeout, follow_redirects=False,
                              headers={"User-Agent": "newsprism/0.1"}) as resp:
                if resp.is_redirect:
                    current = str(resp.url.join(resp.headers.get("location", "")))
                    continue
                if resp.status_code >= 400:
                    raise IngestError(f"HTTP {resp.status_code}", input=url)
                chunks = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > limits.fetch_max_bytes:
                        raise LimitError(f"response over {limits.fetch_max_bytes} bytes (fetch_max_bytes)",
                                         input=url)
                    chunks.append(chunk)
                return b"".join(chunks), resp.headers.get("content-type", "")
        except httpx.HTTPError as exc:
            raise IngestError(f"fetch failed: {exc.__class__.__name__}: {exc}", input=url) from None
    raise IngestError("too many redirects", input=url)
