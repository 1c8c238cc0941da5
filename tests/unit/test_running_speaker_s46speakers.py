"""Session 46, speakers (made-up text): the running speaker keeps the floor when the narration
only tells what two people underwent (``Fulan dan Badu dinilai …``) or what someone got
(``Fulan mendapat remisi``); ``wanti-wanti`` (to warn) cues a quotation like ``kata``."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements

_HEAD = (
    "Remisi hari raya\n\n"
    "Sukamaju - Kepala Lapas Sukamaju Bambang Sulistyo mengumumkan daftar penerima remisi, Senin (3/2).\n"
    '"Semua sudah kami periksa satu per satu," kata Bambang.\n'
)


def _said(body: str, lang: str = "id") -> list[str | None]:
    return [
        s.speaker for s in extract_statements("t", body, lang, recognise(body, lang)) if s.kind == "direct"
    ]


def test_two_patients_of_a_passive_do_not_take_the_floor() -> None:
    body = _HEAD + (
        "Warga binaan Rudi Hartono dan Joko Susilo dinilai berkelakuan baik selama setahun.\n"
        "Rudi dan Joko dinilai memenuhi syarat administratif.\n"
        '"Itu yang kami usulkan ke kantor wilayah," ucapnya.\n'
    )
    assert _said(body) == ["Bambang Sulistyo", "Bambang Sulistyo"]


def test_one_who_gets_something_does_not_take_the_floor() -> None:
    body = _HEAD + (
        "Warga binaan Rudi Hartono juga mendapat remisi dua bulan.\n"
        '"Syaratnya lengkap dan tidak ada catatan pelanggaran," ujarnya.\n'
    )
    assert _said(body) == ["Bambang Sulistyo", "Bambang Sulistyo"]


def test_one_who_acts_still_takes_the_floor() -> None:
    body = _HEAD + (
        "Warga binaan Rudi Hartono berharap bisa pulang sebelum lebaran.\n"
        '"Saya ingin berkumpul dengan keluarga," ujarnya.\n'
    )
    assert _said(body) == ["Bambang Sulistyo", "Rudi Hartono"]


def test_warning_cues_a_quotation() -> None:
    body = (
        "Anggaran daerah\n\n"
        "Sukamaju - Bupati Sukamaju Bambang Sulistyo menggelar rapat anggaran, Senin (3/2).\n"
        '"Jangan simpan dana terlalu lama di bank," wanti-wanti Bambang.\n'
    )
    assert _said(body) == ["Bambang Sulistyo"]


def test_whom_a_spokesman_serves_is_not_the_described_one() -> None:
    body = (
        "Menteri baru dilantik\n\n"
        "Menteri Sekretaris Negara Bambang Sulistyo mengatakan para menteri baru bukan orang dekat "
        "mantan presiden Rudi Hartono.\n"
        '"Tidak ada titipan siapa-siapa," kata juru bicara Presiden Joko Susilo ini di Istana.\n'
    )
    assert _said(body) == ["Bambang Sulistyo"]


def test_a_quotation_naming_the_last_speaker_by_his_office_is_about_him() -> None:
    body = (
        "Kepala kantor tetap bekerja\n\n"
        "Kepala Kantor Komunikasi Rudi Hartono tetap bekerja seperti biasa, Senin (5/5).\n"
        "“Kemarin saya diundang rapat,” kata Rudi kepada wartawan, Selasa (6/5).\n"
        "Kemarin, Menteri Koordinator Pangan (Menkopangan) Bambang Sulistyo menyebut bahwa "
        "surat itu belum diteken.\n"
        "“Soal itu tanya Menkopangan saja,” pungkasnya.\n"
    )
    assert _said(body) == ["Rudi Hartono", "Rudi Hartono"]


def test_a_quotation_not_naming_the_office_stays_with_him() -> None:
    body = (
        "Kepala kantor tetap bekerja\n\n"
        "Kepala Kantor Komunikasi Rudi Hartono tetap bekerja seperti biasa, Senin (5/5).\n"
        "“Kemarin saya diundang rapat,” kata Rudi kepada wartawan, Selasa (6/5).\n"
        "Kemarin, Menteri Koordinator Pangan (Menkopangan) Bambang Sulistyo menyebut bahwa "
        "surat itu belum diteken.\n"
        "“Presiden masih mempelajarinya,” pungkasnya.\n"
    )
    assert _said(body) == ["Rudi Hartono", "Bambang Sulistyo"]


def test_a_dateline_with_a_two_letter_outlet_opens_the_lead() -> None:
    body = (
        "Palace answers on reshuffle\n\n"
        "Rudi Hartono introduced his team. (Source: Contoh/Foto)\n\n"
        "Jakarta, IO – Cabinet Secretary Bambang Sulistyo responded to the rumour on June 15. "
        "“It is the leader's prerogative,” he said on Tuesday.\n"
    )
    assert _said(body, "en") == ["Bambang Sulistyo"]


def test_a_glued_office_abbreviation_is_no_speaker_name() -> None:
    body = (
        "Bebas bersyarat\n\n"
        "Direktur Jenderal Pemasyarakatan Bambang Sulistyo mengatakan Rudi Hartono bebas bersyarat.\n"
        "“Dendanya sudah lunas, jadi kami wajib memproses,” ucap Dirjenpas.\n"
    )
    assert "Dirjenpas" not in _said(body)
