"""An English outlet translates an answer whole that an Indonesian one quotes in two paragraphs,
with its own paraphrase between them: the two quotes read as one link to the translation, neither
alone being enough (made-up text)."""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking.stitched import halves_across, joined
from kutip.index.linking.update import doc_of, matches
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

# one sentence, no clause break: were each half given a sentence of its own in the translation, each would
# be found whole in it and link alone (``crosslang._part_of_longer``, three terms on one known day)
ENGLISH = "Our rice stock is safe and the farmers are happy and the traders are happy too"
FIRST = "Stok beras kita aman"
BETWEEN = "pemerintah terus memantau harga di pasar"
SECOND = "Petani senang, pedagang juga senang"


def _article(aid: str, lang: str, *said: tuple[str, str]) -> Article:
    body = " ".join(f'"{text}," kata Fulan Hidayat.' for text, _ in said)
    article = Article(
        id=aid, source=f"/corpus/{aid}.txt", outlet=aid, date="2024-03-04", lang=lang, body=body
    )
    statements = []
    for n, (text, kind) in enumerate(said):
        start = body.index(text)
        statements.append(
            Statement(
                id=f"{aid}:{n}",
                article=aid,
                text=text,
                kind=kind,
                start=start,
                end=start + len(text),
                speaker="Fulan Hidayat",
                speaker_as_written="kata Fulan Hidayat",
            )
        )
    article.statements = statements
    return article


def test_two_halves_read_as_one_match_where_neither_alone_does() -> None:
    whole = doc_of("e:0", "e", ENGLISH, lang="en", speaker="Fulan Hidayat", date="2024-03-04")
    first = doc_of("i:0", "i", FIRST, speaker="Fulan Hidayat", date="2024-03-04")
    second = doc_of("i:2", "i", SECOND, speaker="Fulan Hidayat", date="2024-03-04")
    assert not matches(whole, first) and not matches(whole, second)
    assert halves_across(whole, first, second)
    assert matches(whole, joined(first, second))
    unrelated = doc_of("i:3", "i", "Jalan desa rusak parah", speaker="Fulan Hidayat", date="2024-03-04")
    assert not halves_across(whole, first, unrelated)


def test_a_translation_links_both_quotes_around_a_paraphrase(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_article("satu", "id", (FIRST, "direct"), (BETWEEN, "indirect"), (SECOND, "direct")))
    archive.add(_article("dua", "en", (ENGLISH, "direct")))
    assert archive.cluster_of("dua:0") == archive.cluster_of("satu:0") == archive.cluster_of("satu:2")
    assert archive.cluster_of("satu:1") != archive.cluster_of("dua:0")
