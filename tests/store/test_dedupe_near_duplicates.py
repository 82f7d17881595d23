"""MinHash LSH finds syndicated copies with light edits and leaves different articles alone."""

from __future__ import annotations

from newsprism.common.near_duplicates import MemoryLSH, signature, similarity
from newsprism.store import Store

BODY = ("The regional council of Vella approved a new budget on Tuesday that doubles spending on rural "
        "bus lines and closes two district offices. Council members argued for three hours before the "
        "vote, which passed by eleven to seven. The mayor said the plan would connect forty villages to "
        "the city by next spring, while opponents warned that the office closures would hurt older "
        "residents who rely on face-to-face services. A final reading is expected next month.")
EDITED = BODY.replace("Tuesday", "Tuesday evening").replace("next month.", "next month, officials said.")
OTHER = ("Fishermen in the northern bay reported the largest herring catch in a decade, and prices at the "
         "morning auction fell by a third. Buyers from three countries attended the sale, and the harbour "
         "master extended opening hours to handle the boats queuing at the quay before dawn.")


def test_dedupe_signature_similarity():
    a, b, c = signature(BODY), signature(EDITED), signature(OTHER)
    assert similarity(a, b) >= 0.8
    assert similarity(a, c) < 0.2
    assert (signature(BODY) == a).all()  # fixed seed: stable across processes


def test_dedupe_memory_lsh_query():
    lsh = MemoryLSH()
    lsh.add("a", signature(BODY))
    assert lsh.query(signature(EDITED))[0] == "a"
    assert lsh.query(signature(OTHER)) is None


def test_dedupe_store_bands_persist(tmp_path, make_doc):
    path = tmp_path / "d.sqlite"
    orig = make_doc(f"Budget passes\n\n{BODY}\n", "wire.txt")
    with Store(path) as s:
        s.save_document(orig, minhash=signature(BODY))
    with Store(path) as s:
        hit = s.find_near_duplicate(signature(EDITED))
        assert hit is not None and hit[0] == orig.id
        assert s.find_near_duplicate(signature(OTHER)) is None
