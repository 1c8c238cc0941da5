"""Session 29, structure around a name that shows whose it is (made-up text): an office and its
holder after the cue, the office read as a name ('Kadinsos Sukamaju, Fulan') or followed by a
second office ('… yang juga Koordinator …, Fulan'); an academic degree after a name the
recogniser does not know ('Wagiyo SE MM'); a candidate's ballot number between the office and
the name of a sentence's subject ('Calon presiden nomor urut 02 Fulan Hidayat meminta')."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements

_LEAD = "Banjir melanda Kabupaten Sukamaju sejak pekan lalu. Ratusan warga mengungsi ke balai desa.\n\n"
_QUOTE = '"Kami sudah menyiapkan tenda dan dapur umum bagi para pengungsi," '


def _speakers(body: str) -> list[str | None]:
    found = extract_statements("t", body, "id", recognise(body, "id"))
    return [s.speaker for s in found if s.kind == "direct"]


def _after_cue(cue: str) -> str | None:
    (speaker,) = _speakers(_LEAD + _QUOTE + cue + "\n")
    return speaker


def test_an_office_short_form_read_as_a_name_gives_way_to_its_holder() -> None:
    assert _after_cue("kata Kadinsos Sukamaju, Fulan Hidayat.") == "Fulan Hidayat"


def test_a_second_office_before_the_holder() -> None:
    cue = "kata Kepala Kantor SAR Sukamaju yang juga Koordinator Misi SAR, Budiawan."
    assert _after_cue(cue) == "Budiawan"


def test_a_degree_after_an_unfamiliar_name_makes_it_a_person() -> None:
    assert _after_cue("kata Kadinsos Sukamaju, Wagiyo SE MM.") == "Wagiyo"
    assert _after_cue("kata Kepala Dinas Sosial Sukamaju, Fulan Hidayat SE MM.") == "Fulan Hidayat"


def test_an_office_alone_stays_no_person() -> None:
    assert _after_cue("kata Kepala Dinas Sosial Sukamaju.") is None


def test_a_ballot_number_between_office_and_name() -> None:
    body = (
        "JAKARTA — Calon presiden nomor urut 02 Fulan Hidayat meminta semua pihak menahan diri.\n"
        '"Saya tegaskan kepada semua yang masih mau mendengarkan saya, hindari kekerasan fisik," '
        "katanya saat konferensi pers.\n"
    )
    assert _speakers(body) == ["Fulan Hidayat"]
