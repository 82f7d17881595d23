"""How WordNet relates the trigger words of two event mentions: the lexical features of the cross-document
coreference pair model (round 55, issue 11; :mod:`newsprism.events.coref`, ``coref_lexical``).

ECB+ (the pair model's training data) tells most happenings with one lemma in every report, so the learned
model reads a pair of two lemmas as two happenings whatever else the two mentions share ("flooded" / "the
flood" is one lemma; "raided" / "the break-in", "closed" / "shut", "the ruling" / "upheld" are not). English
ties two words of one act in ways a dictionary lists, the same in any news text; three such ties are read here,
each from the first ``senses`` senses of the verbs a word names (a verb itself; a noun, the verbs WordNet's
derivationally related form pointers tie to it, :func:`newsprism.lexicon.noun_acts`):

* ``lex_same_act``: one act (:func:`newsprism.lexicon.same_act_word`: a shared synset, or one verb a way of
  doing the other within one hypernym step; "closure" / "shut", "finished" / "completed");
* ``lex_sibling``: two acts under one broader act (a shared direct hypernym, not one act: "opened" / "closed",
  "rose" / "fell"): two of a kind, which a pair model may read as evidence either way;
* ``lex_entail``: one act entails or causes the other (WordNet's verb pointers ``*`` and ``>``: "snore" ->
  "sleep", "kill" -> "die").

A pair of one lemma reads none of them (the base features say that). The features are read for two mentions of
two documents only: within a document the coreference model (and the Events, fragment, confidence and duplicate
models fitted on its within-document output) is unchanged.
"""

from __future__ import annotations

from functools import cache

from newsprism.lexicon import noun_acts, settings
from newsprism.lexicon.wordnet import PosFiles, verb_files

LEX_FEATURES = ("lex_same_act", "lex_sibling", "lex_entail")
ENTAIL = frozenset({"*", ">"})


def _files() -> PosFiles:
    return verb_files(str(settings()["wordnet_dir"]))


@cache
def _verb_senses(word: str) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """(the first senses of the verbs ``word`` names, the synsets one step up from them by the ``verbs.relations``
    pointers, the acts they entail or cause), read once per word. The verbs ``word`` names: itself as a verb and,
    for a noun, the verbs of :func:`newsprism.lexicon.noun_acts`; each in its first ``verbs.senses`` senses (a verb
    with its particle, "shut_down", in its first ``verbs.phrasal_senses``), as
    :func:`newsprism.lexicon.same_act_verb` reads them."""
    word = word.strip().lower()
    if not word or not word.replace("_", "").replace("-", "").isalpha():
        return frozenset(), frozenset(), frozenset()
    cfg = settings()["verbs"]
    files = _files()
    n, wide, up_ptrs = int(cfg["senses"]), int(cfg.get("phrasal_senses", cfg["senses"])), frozenset(cfg["relations"])
    own: set[int] = set()
    for verb in (word, *sorted(noun_acts(word))):
        for lemma in files.lemmas_of(verb):
            own.update(files.offsets(lemma)[: wide if "_" in lemma else n])
            break  # the word's own lemma (morphy's first), as same_act_verb reads a verb
    up: set[int] = set()
    ent: set[int] = set()
    for o in own:
        for sym, t in files.synset(o, up_ptrs | ENTAIL).up:
            if sym in up_ptrs:
                up.add(t)
            if sym in ENTAIL:
                ent.add(t)
    return frozenset(own), frozenset(up), frozenset(ent)


def lexical_relation(a: str, b: str) -> tuple[float, float, float]:
    """The features of :data:`LEX_FEATURES` for two trigger lemmas (symmetric; all 0.0 for one lemma). One act: a
    sense in common, or a sense of one directly under a sense of the other (what
    :func:`newsprism.lexicon.same_act_word` reads, with ``verbs.hypernym_steps`` 1, from each word's senses read
    once); siblings: not one act, a direct hypernym in common; entailment: a sense of one entails or causes a sense
    of the other."""
    a, b = a.strip().lower(), b.strip().lower()
    if not a or not b or a == b:
        return 0.0, 0.0, 0.0
    sa, ua, ea = _verb_senses(a)
    sb, ub, eb = _verb_senses(b)
    if not sa or not sb:
        return 0.0, 0.0, 0.0
    same = bool(sa & sb or ua & sb or sa & ub)
    sibling = not same and bool(ua & ub)
    entail = bool(ea & sb or eb & sa)
    return float(same), float(sibling), float(entail)
