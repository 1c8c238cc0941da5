"""Session 28, a passive verb glued before a one-word name (made-up text): ``Ditambahkan
Budiawan, ...`` ("added Budiawan") opens a sentence with a di-...-kan form of a dictionary root,
which is no given name, so the speaker is Budiawan, not 'Ditambahkan Budiawan'. Names that look
affixed ('Dimas', 'Terawan': ter- and the root 'awan') stay names."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.people import verb_form


def _direct(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_passive_verb_before_a_one_word_name_is_not_the_name() -> None:
    body = (
        "Tim gabungan masih mencari dua nelayan yang hilang di perairan utara sejak Senin.\n\n"
        '"Kapal kami kerahkan sejak pagi," kata Budiawan, kepala kantor pencarian setempat.\n\n'
        "Ditambahkan Budiawan, cuaca buruk membuat penyelam belum bisa turun ke lokasi.\n\n"
        '"Ombak masih tinggi, jadi pencarian kami lanjutkan dari permukaan," ujarnya.\n\n'
    )
    assert _direct(body) == ["Budiawan", "Budiawan"]


def test_verb_forms_of_a_root_are_no_names_and_names_like_them_stay() -> None:
    assert all(verb_form(w) for w in ("Ditambahkan", "Dijelaskan", "Disebutkan"))
    assert not any(verb_form(w) for w in ("Dimas", "Diandra", "Dini", "Terawan", "Terry", "Budiawan"))
