"""A quote credited by a pronoun goes on from the speaker's quote before it, and an editor's gloss in
parentheses is not the speaker's words (session 29; fixtures written for kutip: fictional speakers
and remarks)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kutip.index.linking.occasions import stated_day
from kutip.index.linking.update import doc_of, matches, unglossed
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Fulan Hidayat"
ASK = "Mari kita bujuk Bu Ratna, Pak Badu, dan beberapa pejabat lagi untuk mundur bersama. Itu dampaknya besar"
GLOSSED = (
    "Mari kita bujuk Bu Ratna (Kepala Dinas Pangan), Pak Badu (Kepala Dinas Pasar), dan beberapa pejabat "
    "lagi untuk mundur bersama. Itu dampaknya besar"
)


def _said(attribution: str) -> int:
    text = f'"Kami siaga," {attribution}'
    return stated_day(text, 1, text.index(',"'))


def test_a_gloss_of_two_words_or_more_is_left_out_and_a_short_form_kept() -> None:
    assert unglossed(GLOSSED) == ASK
    assert unglossed("diperiksa Bidang Profesi dan Pengamanan (Propam) hari ini") == (
        "diperiksa Bidang Profesi dan Pengamanan (Propam) hari ini"
    )


def test_a_glossed_quote_is_the_remark_a_later_report_gives_plain() -> None:
    saturday = _said("kata Fulan, Sabtu (13/1/2024).")
    glossed = replace(doc_of("a:0", "a", GLOSSED, speaker=SPEAKER, date="2024-01-20"), stated=saturday)
    longer = ASK + ". Yang lain sudah bingung menjawab pertanyaan wartawan soal rencana anggaran pasar"
    later = doc_of("b:0", "b", longer, speaker=SPEAKER, date="2024-01-18")
    # five days between the stated remark and the later story: near-identical words only
    assert matches(glossed, later)


def _stated(folder: Path, pronoun: str) -> dict[str, int]:
    body = "Seruan itu ramai dibicarakan.\n\n"
    quotes = [
        ("Mari kita bujuk para pejabat untuk mundur", "kata Fulan di acara diskusi, Sabtu (13/1/2024)."),
        ("Saya dengar Bu Ratna paling siap untuk mundur", f"{pronoun}."),
        ("Saya tidak mendesak siapa pun secara langsung", "ujar Fulan di depan kantor gubernur, Kamis (18/1/2024)."),
    ]
    statements = []
    for n, (quote, said) in enumerate(quotes):
        body += '"'
        start = len(body)
        body += f'{quote}," {said}\n\n'
        statements.append(
            Statement(id=f"a:{n}", article="a", text=quote, kind="direct", start=start, end=start + len(quote),
                      speaker=SPEAKER, speaker_as_written=said.rstrip("."))
        )
    article = Article(id="a", source="/corpus/a.txt", outlet="Warta a", date="2024-01-20", lang="id", body=body)
    article.statements = statements
    folder.mkdir()
    archive = Archive(folder)
    archive.add(article)
    return dict(archive.store._db().execute("SELECT statement, stated FROM link_docs").fetchall())


def test_a_pronoun_goes_on_from_the_day_of_the_quote_before_it(tmp_path: Path) -> None:
    saturday, thursday = _said("kata Fulan, Sabtu (13/1/2024)."), _said("kata Fulan, Kamis (18/1/2024).")
    stated = _stated(tmp_path / "pronoun", "ujarnya")
    assert (stated["a:0"], stated["a:1"], stated["a:2"]) == (saturday, saturday, thursday)
    named = _stated(tmp_path / "named", "ujar Fulan")  # a name: an attribution of its own, no day
    assert named["a:1"] == 0
