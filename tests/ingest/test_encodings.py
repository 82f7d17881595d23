"""Encodings: whole-file code pages, and files pasted together from UTF-8 and cp1252 parts."""

from newsprism.ingest.charset import decode_bytes


def test_cp1252_file_is_read_as_cp1252():
    data = "Les élèves du lycée ont manifesté — encore — devant la mairie.\n".encode("cp1252") * 3
    assert decode_bytes(data, "fr.txt").startswith("Les élèves du lycée ont manifesté — encore")


def test_utf8_parts_survive_a_stray_cp1252_line():
    data = (b"Quay Fees Rise\n" + "The café owners objected.\n".encode("cp1252")
            + "Grüße aus Velmora — 東京 too.\n".encode())
    text = decode_bytes(data, "mixed.txt")
    assert text == "Quay Fees Rise\nThe café owners objected.\nGrüße aus Velmora — 東京 too.\n"


def test_cyrillic_code_page_with_an_accidental_utf8_pair_is_not_read_as_cp1252():
    # «ОАО» in cp1251 ends with the bytes D0 BB, which happen to be valid UTF-8 ("л").
    data = "Новости «ОАО» и Москва сегодня. Президент выступил перед журналистами.\n".encode("cp1251") * 4
    assert decode_bytes(data, "ru.txt").startswith("Новости «ОАО» и Москва сегодня.")
