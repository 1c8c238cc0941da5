"""Session 43, speakers (made-up text): the words of an office or a corps glued before a holder's
name are no part of it (``Menteri Sekretaris Negara Fulan``, ``Kapten Bakamla Fulan Badu``,
``Kapten Inf Fulan Badu``); a one-word field joined to another by ``dan`` after a title is the
office's (``Direktur Jenderal Industri dan Perdagangan``), and the holder is the name after it."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.ranked import ranked
from kutip.index.statements.runs import split_run
from kutip.index.statements.text import tokens


def _speakers(body: str, kind: str = "direct") -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, "id", recognise(body, "id")) if s.kind == kind]


def _split(words: str) -> list[str]:
    kind, name = split_run(tokens(words, 0, len(words)))
    return [t.text for t in name] if kind == "person" else []


def test_a_field_of_the_office_is_no_first_name() -> None:
    assert _split("Menteri Sekretaris Negara Wirodiharjo") == ["Wirodiharjo"]


def test_a_corps_after_a_rank_is_no_first_name() -> None:
    assert _split("Kapten Inf Darmawan Sulistyo") == ["Darmawan", "Sulistyo"]
    assert _split("Kapten Bakamla Darmawan Sulistyo") == ["Darmawan", "Sulistyo"]


def test_a_rank_and_its_corps_vouch_for_the_name_after_them() -> None:
    text = "kata Kapten Inf Darmawan Sulistyo"
    assert ranked(text, text.index("Darmawan"))
    text = "kata Ketua Inf Darmawan Sulistyo"
    assert not ranked(text, text.index("Darmawan"))


def test_the_holder_of_a_state_secretary_office_speaks_by_his_one_name() -> None:
    body = (
        "Kabar pelantikan pejabat baru\n\n"
        '"Surat keputusannya sudah terbit hari ini," kata Menteri Sekretaris Negara Wirodiharjo di '
        "Jakarta, Senin.\n"
        'Wirodiharjo menambahkan pelantikan digelar pekan depan. "Semua sudah kami siapkan," kata '
        "Wirodiharjo.\n"
    )
    assert _speakers(body) == ["Wirodiharjo", "Wirodiharjo"]


def test_a_field_joined_by_dan_after_a_title_is_nobody() -> None:
    body = (
        "Pejabat teknologi mundur\n\n"
        "Direktur Jenderal Industri dan Perdagangan (dirjen indag) Hendrawan Putra Kusumo mengumumkan "
        "bahwa ia mundur dari jabatannya.\n"
        '"Sudah waktunya saya berpamitan," ujar pria yang menjabat selama enam tahun itu.\n'
    )
    assert _speakers(body) == ["Hendrawan Putra Kusumo"]


def test_a_company_named_group_does_not_make_its_officer_a_band() -> None:
    body = (
        "Serangan pada pusat data\n\n"
        "Rina Marlina menegaskan pemerintah tidak akan membayar.\n"
        '"Kami tidak akan membayar," tuturnya.\n'
        "Sebelumnya, Direktur Sales and Marketing Contoh Group, Badu Santoso menjelaskan bahwa "
        "pelaku meminta uang.\n"
        '"Mereka minta uang banyak," jelasnya pada Senin.\n'
    )
    assert _speakers(body) == ["Rina Marlina", "Badu Santoso"]


def test_a_rank_closing_the_office_before_the_comma_gives_the_name_after_it() -> None:
    body = (
        "Kapal asing diusir dari perairan utara\n\n"
        '"Kapal itu kami giring keluar wilayah," kata Penata Layanan Muda Kapten Inf, Darmawan '
        "Sulistyo, dalam keterangannya, Kamis.\n"
    )
    assert _speakers(body) == ["Darmawan Sulistyo"]


def test_a_place_after_a_title_is_no_speaker_and_the_description_points_back() -> None:
    body = (
        "Ministry plans a joint celebration\n\n"
        "The ministry will hold a joint celebration next month. Minister of Religion Hasanuddin Rauf "
        "called it a step towards harmony.\n"
        "In his statement, Hasanuddin stressed the importance of unity.\n"
        "\u201cPerayaan bersama ini baru pertama kami gelar,\u201d tegas Imam Besar Masjid Raya Sukamaju tersebut.\n"
    )
    found = extract_statements("t", body, "en", recognise(body, "en"))
    assert [s.speaker for s in found if s.kind == "direct"] == ["Hasanuddin Rauf"]


def test_an_office_then_the_name_between_commas_before_a_verb_is_the_subject() -> None:
    body = (
        "Data breach probe widens\n\n"
        "Records of subscribers were put on sale by a forum user under the name Zorvax. Zorvax set a "
        "price for the whole dataset.\n"
        "According to the talks with the related parties, the Director General of Digital Services, "
        "Hendrawan Putra Kusumo, stated that the leaked files are not identical.\n"
    )
    found = extract_statements("t", body, "en", recognise(body, "en"))
    assert [s.speaker for s in found if s.kind == "indirect"] == ["Hendrawan Putra Kusumo"]
