"""Session 44, speakers (made-up text): quotations the grammar dropped or gave to the wrong person.
A connective without its comma (``Sementara itu Ketua X Fulan …``) before the new subject; a new
subject described before the name and set off by a long relative clause; English participles whose
subject is a name with an apposition (``Fulan, the head of X, backed it, stating, "…"``), an
absolute ``with its chair Fulan saying``, or the object of ``quoted … as saying``; ``berkomentar``;
and a fronted clause that is no apposition of the speaker."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _direct(body: str, lang: str = "id") -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, lang, recognise(body, lang)) if s.kind == "direct"]


def test_a_connective_without_its_comma_leaves_the_name_after_it_the_subject() -> None:
    body = (
        "RUU belum dibahas\n\n"
        "Anggota Komisi II DPR Badu Santoso menyebut rancangan itu baru sekali disinggung dalam rapat.\n"
        "“Iya belum pernah dibahas. Bisa dibahas di periode berikutnya,” ujarnya saat dihubungi, Kamis.\n"
        "Sementara itu Ketua DPR Rina Kusumawati mengisyaratkan pembahasan itu sulit dikejar tahun ini.\n"
        "“Setiap undang-undang harus melewati semua tahapnya,” jelasnya.\n"
    )
    assert _direct(body) == ["Badu Santoso", "Rina Kusumawati"]


def test_a_described_subject_with_a_long_relative_clause_takes_the_floor() -> None:
    body = (
        "Broadcast bill draws fire\n\n"
        "The press council rejected the bill on May 14, its chair Rina Kusumawati said.\n"
        '"The draft bill bans investigative reports on air," Ms Rina told reporters in Bandung on May 16.\n'
        "Popular television host Dewi Kartika, who runs a weekly talk show with a following of more than "
        "two million viewers, went online last week to criticise the plan.\n"
        '"If you read the new draft, a programme like ours would be off the air," she wrote in a post.\n'
    )
    assert _direct(body, "en") == ["Rina Kusumawati", "Dewi Kartika"]


def test_english_participles_after_an_apposition_an_absolute_and_quoted_as() -> None:
    body = (
        "Broadcast bill draws fire\n\n"
        "Rina Kusumawati, the head of the national media board, backed these concerns, stating, "
        "“If this law passes, no newsroom will be free.” The board meets again next week.\n"
        "The council rejected the bill on Tuesday, with its chair Rina Kusumawati saying: \"The draft sets "
        'the media law aside. It shows the draft does not aim at better reporting."\n'
        "The report quoted a Sukamaju official as saying, “Claims from a war zone cannot be the only test "
        "of a weapon.” The jets were bought in 2022.\n"
    )
    assert _direct(body, "en") == ["Rina Kusumawati", "Rina Kusumawati", None]


def test_berkomentar_introduces_a_quotation_after_a_fronted_clause() -> None:
    body = (
        "Jet tempur hilang\n\n"
        "Sementara Badu Santoso belum mengumumkan hasil penyelidikan, seorang perwira senior AU, "
        'Marsekal Udara Dodi Pratama, berkomentar dalam jumpa pers, "Kita sedang bertempur, kehilangan '
        'adalah risiko," ketika ditanya wartawan.\n'
    )
    assert _direct(body) == ["Dodi Pratama"]


def test_a_fronted_clause_is_no_apposition_of_the_speaker() -> None:
    body = (
        "Jet tempur hilang\n\n"
        "Sementara Badu Santoso belum mengumumkan hasil penyelidikan, seorang perwira senior AU, "
        'Marsekal Udara Dodi Pratama, berbicara dalam jumpa pers, "Kita sedang bertempur, kehilangan '
        'adalah risiko," ketika ditanya wartawan.\n'
    )
    assert _direct(body) == ["Dodi Pratama"]


def test_an_excerpt_opening_on_pronoun_cues_takes_the_person_named_next() -> None:
    body = (
        '"Aturan itu tidak pernah dibahas bersama kami," ucapnya.\n'
        "Rancangan tersebut, imbuhnya, menabrak undang-undang yang sudah berlaku sejak lama.\n"
        '"Tugas dewan jelas tertulis di pasal yang sama," ungkapnya.\n'
        "Selain itu, Rina juga mempersoalkan siapa yang berwenang memutus sengketa.\n"
        '"Itu wewenang dewan, bukan lembaga lain," kilahnya.\n'
    )
    assert _direct(body) == ["Rina"] * 3


def test_a_stray_mark_before_narration_does_not_swallow_the_quotation() -> None:
    body = (
        "Judul\n\n"
        '"Sukamaju belum membenarkan kabar itu, tetapi Marsekal Udara Dodi Pratama mengatakan, "Kita sedang '
        'bertempur, kehilangan adalah risiko." Pabrikan pesawat itu masih diam.\n'
    )
    assert _direct(body) == ["Dodi Pratama"]
