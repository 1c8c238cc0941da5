"""Speaker names as written resolve to the article's canonical persons."""

from __future__ import annotations

from kutip.index.entities import person_names, recognise, resolve_person, strip_titles

BODY = (
    "Menteri Pertahanan Rangga Wibisana bertemu Kepala Staf Lintang Mahesa. "
    '"Kami sepakat," kata Wibisana. Mahesa mengatakan latihan dimulai pekan depan.'
)


def test_strip_titles() -> None:
    assert strip_titles("Presiden Xi Jinping") == "Xi Jinping"
    assert strip_titles("Menteri Luar Negeri Nadia Kurnia") == "Nadia Kurnia"
    assert strip_titles("Menlu") == ""
    assert strip_titles("Lintang Mahesa") == "Lintang Mahesa"


def test_person_names_maps_every_form_to_the_canonical_name() -> None:
    names = person_names(recognise(BODY, "id"))
    assert names["wibisana"] == "Rangga Wibisana"
    assert names["rangga wibisana"] == "Rangga Wibisana"
    assert names["mahesa"] == "Lintang Mahesa"


def test_resolve_person_handles_titles_and_surnames() -> None:
    entities = recognise(BODY, "id")
    assert resolve_person("Menhan Wibisana", entities) == "Rangga Wibisana"
    assert resolve_person("kata Mahesa", entities) == "Lintang Mahesa"
    assert resolve_person("Menlu", entities) is None
    assert resolve_person("Orang Lain", entities) is None


def test_shared_word_is_not_guessed() -> None:
    body = "Kim Dae-ho dan Kim Soo-ah hadir di Seoul."
    names = person_names(recognise(body, "id"))
    assert "kim" not in names
    assert names["kim dae ho"] == "Kim Dae-ho"
    assert names["dae"] == "Kim Dae-ho"
    assert resolve_person("Kim Soo-ah", recognise(body, "id")) == "Kim Soo-ah"
