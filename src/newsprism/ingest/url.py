"""Fetch a URL over HTTP with a timeout and a size cap; optionally refuse private addresses (SSRF).

With ``allow_private=False`` every hop (the URL and each redirect) is resolved once, every address it resolves
to must be public, and the connection goes to one of those checked addresses: the request URL is rewritten to
the IP, while the ``Host`` header keeps the real name and, for https, the TLS SNI name and the certificate
check use the real name too (httpx's documented ``sni_hostname`` request extension). httpx therefore never
resolves the name a second time, so a DNS answer that changes between the check and the connection (DNS
rebinding) cannot reach a private address.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlparse

import httpx

from newsprism.errors import IngestError, LimitError
from newsprism.limits import DEFAULT_LIMITS, Limits

USER_AGENT = "newsprism/0.1"
MAX_REDIRECTS = 5
# A name with many addresses: try at most this many of the checked ones when a connection fails.
MAX_ADDRESSES = 4


def is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def _host(url: str) -> str:
    """The host httpx would connect to (IDNA-encoded), or urllib's reading when httpx cannot parse the URL."""
    try:
        return httpx.URL(url).raw_host.decode("ascii")
    except (httpx.InvalidURL, UnicodeError):
        return urlparse(url).hostname or ""


def _refused(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    ip = getattr(ip, "ipv4_mapped", None) or ip  # ::ffff:127.0.0.1 is 127.0.0.1
    ip = getattr(ip, "sixtofour", None) or ip  # 2002:7f00:1:: is 127.0.0.1 through 6to4
    # not is_global also covers shared address space (100.64/10, where some clouds keep metadata).
    return (not ip.is_global or ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
            or ip.is_multicast or ip.is_unspecified)


def check_public(url: str) -> list[str]:
    """Resolve the URL's host once and return its addresses, all checked to be public; refuse (IngestError)
    when any of them is private, loopback, link-local, shared, reserved or multicast. Callers must connect to
    the returned addresses, never resolve the name again (see :func:`fetch`)."""
    host = _host(url)
    if not host:
        raise IngestError("URL has no host", input=url)
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise IngestError(f"cannot resolve host {host!r}: {exc}", input=url) from None
    addresses: list[str] = []
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if _refused(ip):
            raise IngestError(f"refusing to fetch a private or loopback address ({ip})", input=url)
        if str(ip) not in addresses:
            addresses.append(str(ip))
    if not addresses:
        raise IngestError(f"cannot resolve host {host!r}: no address", input=url)
    return addresses


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


@contextmanager
def _get(client: httpx.Client, url: httpx.URL, address: str | None) -> Iterator[httpx.Response]:
    """GET ``url``; with ``address``, connect to that IP and nowhere else, speaking to the server as ``url``'s
    host (Host header, TLS SNI and certificate check)."""
    headers = {"User-Agent": USER_AGENT}
    extensions: dict[str, str] = {}
    target = url
    if address is not None:
        headers["Host"] = url.netloc.decode("ascii")
        name = url.raw_host.decode("ascii")
        if url.scheme == "https" and not _is_ip(name):
            extensions["sni_hostname"] = name
        target = url.copy_with(host=address)
    with client.stream("GET", target, headers=headers, extensions=extensions) as resp:
        yield resp


def fetch(url: str, *, limits: Limits = DEFAULT_LIMITS, allow_private: bool = True) -> tuple[bytes, str]:
    """Body bytes and content type. Redirects are followed one hop at a time so each hop is checked, and with
    ``allow_private=False`` each hop connects only to the addresses its check approved."""
    try:
        current = httpx.URL(url)
    except (httpx.InvalidURL, UnicodeError) as exc:
        raise IngestError(f"invalid URL: {exc}", input=url) from None
    for _ in range(MAX_REDIRECTS):
        addresses: list[str | None] = [None]
        if not allow_private:
            addresses = [*check_public(str(current))[:MAX_ADDRESSES]]
        for k, address in enumerate(addresses):
            try:
                # A fresh client per connection: a pooled TLS connection checked for one name is never
                # reused for another name that resolved to the same IP.
                with httpx.Client(timeout=limits.fetch_timeout, follow_redirects=False) as client, \
                        _get(client, current, address) as resp:
                    if resp.is_redirect:
                        # Join against the URL as named, not the IP we connected to.
                        current = current.join(resp.headers.get("location", ""))
                        break
                    if resp.status_code >= 400:
                        raise IngestError(f"HTTP {resp.status_code}", input=url)
                    return _read(resp, limits, url), resp.headers.get("content-type", "")
            except httpx.ConnectError as exc:
                if k + 1 < len(addresses):
                    continue  # the next checked address of the same name
                raise IngestError(f"fetch failed: {exc.__class__.__name__}: {exc}", input=url) from None
            except httpx.HTTPError as exc:
                raise IngestError(f"fetch failed: {exc.__class__.__name__}: {exc}", input=url) from None
            except httpx.InvalidURL as exc:  # a redirect to a URL httpx cannot use
                raise IngestError(f"fetch failed: invalid redirect: {exc}", input=url) from None
    raise IngestError("too many redirects", input=url)


def _read(resp: httpx.Response, limits: Limits, url: str) -> bytes:
    chunks = []
    size = 0
    for chunk in resp.iter_bytes():
        size += len(chunk)
        if size > limits.fetch_max_bytes:
            raise LimitError(f"response over {limits.fetch_max_bytes} bytes (fetch_max_bytes)", input=url)
        chunks.append(chunk)
    return b"".join(chunks)
