"""A date written right after the words with which a report says where it took a quote ("dikutip dari
laman resmi, Rabu (29/3/2023)") is the day of the citing, not of the remark (session 29; fixtures
written for kutip: fictional speakers and remarks)."""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking.occasions import stated_day
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Fulan Hidayat"
REMARK = "Untuk libur panjang, perkiraan kami kabupaten ini akan kedatangan hampir dua ratus ribu kendaraan"


def _said(attribution: str) -> int:
    text = f'"Kami siaga," {attribution}'
    return stated_day(text, 1, text.index(',"'))


def test_a_date_after_the_citing_words_is_no_stated_day() -> None:
    assert _said("kata Fulan, dikutip dari laman resmi kepolisian, Rabu (29/3/2023).") == 0
    assert _said("kata Fulan, dikutip pada Selasa (22/7/2025).") == 0
    assert _said("said Fulan, as quoted by the agency on 22 July 2025.") == 0
    # the remark's own day, with the citing named after it, stays
    assert _said("kata Fulan, Sabtu (13/1/2024), sebagaimana dikutip dari Warta.") > 0
    assert _said("kata Fulan kepada wartawan, Senin (27/3/2023).") > 0


def _article(aid: str, said: str, day: str) -> Article:
    body = f'Kabupaten bersiap.\n\n"{REMARK}," {said}'
    start = body.index(REMARK)
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=f"Warta {aid}", date=day, lang="id", body=body)
    article.statements = [
        Statement(id=f"{aid}:0", article=aid, text=REMARK, kind="direct", start=start, end=start + len(REMARK),
                  speaker=SPEAKER, speaker_as_written=said.split(",", maxsplit=1)[0])
    ]
    return article


def test_a_report_citing_the_remark_days_later_links_with_the_briefing(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    briefing = _article("a", "kata Fulan dalam jumpa pers, Senin (27/3/2023).", "2023-03-27")
    cited = _article("b", "kata Fulan, dikutip dari laman resmi kepolisian, Kamis (30/3/2023).", "2023-03-30")
    archive.add(briefing, cited)
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0")
