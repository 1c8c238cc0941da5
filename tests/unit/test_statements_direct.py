"""Direct quotations: marks, attribution positions, continuations, scare quotes (original text)."""

from __future__ import annotations

import pytest

from kutip.index.models import Entity, EntityType, Mention, Statement
from kutip.index.statements import extract_statements


def direct(body: str, lang: str = "id", entities: list[Entity] | None = None) -> list[Statement]:
    found = extract_statements("t", body, lang, entities or [])
    for s in found:
        assert body[s.start : s.end] == s.text
    return [s for s in found if s.kind == "direct"]


def test_attribution_after_quote_straight_marks() -> None:
    body = 'Menteri Perikanan Sari Wulandari meninjau pelabuhan.\n"Kami akan menambah kapal patroli," kata Wulandari.'
    [s] = direct(body)
    assert s.text == "Kami akan menambah kapal patroli,"
    assert s.speaker == "Sari Wulandari"
    assert s.speaker_as_written == "kata Wulandari"
    assert s.id == "t:1"


def test_kompas_style_closing_marks_and_curly_marks() -> None:
    body = "”Harga beras sudah turun sejak pekan lalu,” ujar Budi Santoso.\n“Stok aman,” kata Budi."
    found = direct(body)
    assert [s.text for s in found] == ["Harga beras sudah turun sejak pekan lalu,", "Stok aman,"]
    assert [s.speaker for s in found] == ["Budi Santoso", "Budi Santoso"]


def test_attribution_before_quote() -> None:
    body = 'Gubernur Rina Hapsari mengatakan, "Jalan tol itu selesai tahun depan."'
    [s] = direct(body)
    assert s.text == "Jalan tol itu selesai tahun depan."
    assert s.speaker == "Rina Hapsari"
    assert s.role == "Gubernur"


def test_second_quote_in_paragraph_inherits_speaker() -> None:
    body = '"Kami belum menerima laporan itu," sebut Arif Nugroho. "Tim kami masih bekerja di lapangan."'
    found = direct(body)
    assert [s.speaker for s in found] == ["Arif Nugroho", "Arif Nugroho"]
    assert found[1].text == "Tim kami masih bekerja di lapangan."


def test_continuation_paragraph_inherits_previous_speaker() -> None:
    body = (
        '"Pasar ikan akan dibuka kembali bulan depan," tutur Dewi Larasati.\n\n'
        '"Semua pedagang lama boleh kembali berjualan di sana."'
    )
    found = direct(body)
    assert [s.speaker for s in found] == ["Dewi Larasati", "Dewi Larasati"]


def test_unclosed_quote_runs_to_paragraph_end() -> None:
    body = 'Kata Joko Prasetyo: "Kami tidak akan mundur dari rencana ini\nParagraf berikutnya tanpa kutipan.'
    [s] = direct(body)
    assert s.text == "Kami tidak akan mundur dari rencana ini"


def test_partial_quote_inside_indirect_speech() -> None:
    body = "Lina Marlina hadir di rapat.\nIa menyebut pemerintah berjanji bahwa ‘semua sekolah akan mendapat listrik’."
    [s] = direct(body)
    assert s.text == "semua sekolah akan mendapat listrik"
    assert s.speaker == "Lina Marlina"


@pytest.mark.parametrize(
    "body",
    [
        'Kedua negara menjalin hubungan "tanpa syarat" sejak lama.',
        "Hubungan keduanya disebut 'seerat kuku dan daging'.",
        'Festival "Malam Seribu Lampu" dibuka di alun-alun kota.',
        'Critics called the budget a "quiet tax raise" for families.',
        "The company's shares fell and traders didn't react.",
    ],
)
def test_scare_quotes_titles_and_apostrophes_are_not_statements(body: str) -> None:
    assert direct(body) == []


@pytest.mark.parametrize(
    "clitic",
    [
        "katanya",
        "ujarnya",
        "tuturnya",
        "tambahnya",
        "paparnya",
        "tegasnya",
        "jelasnya",
        "ungkapnya",
        "sebutnya",
        "imbuhnya",
        "tulisnya",
        "lanjutnya",
    ],
)
def test_clitic_resolves_to_last_speaker(clitic: str) -> None:
    body = f'Wali kota Hendra Gunawan membuka pasar baru.\n"Pasar ini milik warga," {clitic}.'
    [s] = direct(body)
    assert s.speaker == "Hendra Gunawan"
    assert s.speaker_as_written == clitic


@pytest.mark.parametrize("cue", ["kata dia", "ujar dia"])
def test_cue_with_pronoun(cue: str) -> None:
    body = f'Nadia Putri mengatakan bahwa panen tahun ini membaik.\n"Hujan datang tepat waktu," {cue}.'
    [s] = direct(body)
    assert s.speaker == "Nadia Putri"


def test_pronoun_resolves_to_most_recent_speaker_not_first() -> None:
    body = (
        '"Kami siap," kata Rudi Hartono.\n'
        '"Kami juga siap," kata Sinta Maharani.\n'
        '"Persiapan sudah selesai," ujarnya.'
    )
    assert [s.speaker for s in direct(body)] == ["Rudi Hartono", "Sinta Maharani", "Sinta Maharani"]


def test_anaphor_resolves_by_role() -> None:
    body = (
        "Duta Besar Norwegia untuk Indonesia Lars Eriksen bertemu menteri.\n"
        '"Kami ingin kerja sama energi," tegas Eriksen.\n'
        '"Wali kota itu sangat ramah," kata Andi Saputra.\n'
        '"Kunjungan ini sangat penting bagi kami," kata utusan Norwegia tersebut.'
    )
    found = direct(body)
    assert found[-1].speaker == "Lars Eriksen"
    assert found[-1].speaker_as_written == "kata utusan Norwegia tersebut"


def test_surname_resolves_through_entities() -> None:
    body = '"Kami menunggu jawaban," kata Halvorsen.'
    ent = Entity("Ingrid Halvorsen", EntityType.PERSON, [Mention(27, 36, "Halvorsen")])
    [s] = direct(body, entities=[ent])
    assert s.speaker == "Ingrid Halvorsen"


def test_role_as_written_after_name() -> None:
    body = '"Inflasi akan melambat," kata Yusuf Hakim, seorang ekonom di Universitas Cendana.'
    [s] = direct(body)
    assert s.speaker == "Yusuf Hakim"
    assert s.role == "seorang ekonom di Universitas Cendana"


def test_organisation_speaker_and_written_statement() -> None:
    body = '"Layanan kembali normal," tulis Kementerian Perhubungan dalam keterangannya.'
    [s] = direct(body)
    assert s.speaker == "Kementerian Perhubungan"


@pytest.mark.parametrize(
    ("tail", "via"),
    [
        ("seperti dilansir AP, Senin (3/2).", "AP"),
        ("dikutip Yonhap.", "Yonhap"),
        ("seperti dilaporkan Reuters.", "Reuters"),
        ("kepada Reuters.", "Reuters"),
    ],
)
def test_via_phrases(tail: str, via: str) -> None:
    body = f'"Kami membuka dialog," kata Pedro Alves, {tail}'
    [s] = direct(body)
    assert s.via == via


def test_article_level_source_applies_to_first_speaker_only() -> None:
    body = (
        "Mengutip Associated Press, kedua negara akan berunding.\n"
        '"Kami akan datang," kata Omar Haddad.\n'
        '"Kami belum diundang," kata Mira Kovacs.'
    )
    found = direct(body)
    assert [s.via for s in found] == ["Associated Press", None]


def test_english_forms() -> None:
    body = (
        "Transport Secretary Helen Marsh visited the depot.\n"
        '"The trains will run on time," Marsh said.\n'
        '"We are hiring drivers," said Paul Okafor, a union official.\n'
        '"Nothing is settled," she said. "Talks resume on Monday."\n'
        '"Costs are rising," the secretary told Reuters.'
    )
    found = direct(body, lang="en")
    assert [s.speaker for s in found] == [
        "Helen Marsh",
        "Paul Okafor",
        "Paul Okafor",
        "Paul Okafor",
        "Helen Marsh",
    ]
    assert found[1].role == "a union official"
    assert found[-1].via == "Reuters"


@pytest.mark.parametrize(
    "body",
    [
        "Governor Fulan \u201cBang Fulan\u201d Hidayat has announced that the new bridge opens next week.",
        'Wali Kota Fulan "Ucok" Hidayat mengatakan jembatan baru dibuka pekan depan.',
    ],
)
def test_a_quoted_nickname_inside_a_name_is_no_statement(body: str) -> None:
    assert [s.text for s in direct(body, "en" if body.startswith("Governor") else "id")] == []


def test_a_short_capitalised_quote_after_a_speech_verb_still_counts() -> None:
    found = direct('"Merdeka Belajar," kata Fulan Hidayat.')
    assert [s.text for s in found] == ["Merdeka Belajar,"]
