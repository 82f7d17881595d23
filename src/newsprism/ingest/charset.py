"""Bytes to clean text: encoding detection, Unicode normalization, newline normalization.

The returned string is what gets stored, so every later offset is an offset into it.
"""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from newsprism.errors import IngestError, LimitError
from newsprism.limits import DEFAULT_LIMITS, Limits

# Controls other than tab/newline are dropped: they carry no text and confuse tokenizers. Zero-width and
# bidi controls are kept (they are real characters users may need to see), but normalization is NFC only.
_DROP = {chr(c) for c in range(0x20) if c not in (0x09, 0x0A)} | {"\x7f"}
_DROP_TABLE = str.maketrans({c: None for c in _DROP})


# Code pages whose bytes decode the same way as cp1252 for the letters news text uses.
_WESTERN = {"cp1252", "latin_1", "iso8859_15", "iso8859_1", "cp1250", "iso8859_2", "mac_roman", "utf_8"}


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not UTF-8 are read as cp1252 (latin-1 for its five holes)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), exc.end


codecs.register_error("newsprism-cp1252", _cp1252_fallback)


def check_size(size: int, name: str, limits: Limits = DEFAULT_LIMITS) -> None:
    if size > limits.max_bytes:
        raise LimitError(
            f"input is {size / 1e6:.1f} MB, over the {limits.max_bytes / 1e6:.0f} MB limit (max_bytes)", input=name
        )


def decode_bytes(data: bytes, name: str) -> str:
    """Decode with UTF-8 first, then the best charset-normalizer guess; refuse binary or garbled input."""
    if not data.strip():
        raise IngestError("empty input", input=name)
    head = data[:8192]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise IngestError("binary file (NUL bytes), not text", input=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_non_utf8(data, name)
    return normalize_text(text, name)


def _decode_non_utf8(data: bytes, name: str) -> str:
    matches = list(from_bytes(data))
    best = matches[0] if matches else None
    # On short Western text several code pages tie; cp1252 is by far the most common in news feeds.
    western = next((m for m in matches if m.encoding == "cp1252"), None)
    if best is not None and western is not None and western.chaos <= best.chaos \
            and western.coherence >= best.coherence - 0.05:
        best = western
    # A file pasted together from UTF-8 and cp1252 parts (common in scraped feeds): one code page for the
    # whole file would turn its UTF-8 parts into mojibake, so keep every valid UTF-8 sequence and read only
    # the stray bytes as cp1252. Not for Cyrillic, Greek or other code pages, where a byte pair can be valid
    # UTF-8 by accident.
    has_utf8 = any(ord(ch) > 0x7F for ch in data.decode("utf-8", errors="ignore"))
    mostly_ascii = sum(b < 0x80 for b in data[:65536]) >= 0.5 * min(len(data), 65536)
    if has_utf8 and mostly_ascii and (best is None or best.encoding in _WESTERN):
        return data.decode("utf-8-sig", errors="newsprism-cp1252")
    if best is None:
        raise IngestError("undecodable bytes: no text encoding fits", input=name) from None
    # A high chaos ratio means the guessed encoding produced mojibake rather than text.
    if best.chaos > 0.25:
        raise IngestError(
            f"undecodable bytes: best guess {best.encoding} still gives garbled text", input=name
        ) from None
    return str(best)


def normalize_text(text: str, name: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Lone surrogates (from "\ud800" JSON escapes or a caller's str) cannot be encoded: make them U+FFFD.
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    text = unicodedata.normalize("NFC", text).translate(_DROP_TABLE)
    if not text.strip():
        raise IngestError("empty input (no visible text)", input=name)
    printable = sum(ch.isprintable() or ch in "\n\t" for ch in text[:20000])
    if printable < 0.85 * min(len(text), 20000):
        raise IngestError("binary or garbled content: too few printable characters", input=name)
    return text
