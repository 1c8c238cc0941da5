"""The parser's shortcuts give what the long way gives: the body's token index, and the
recogniser's costly check asked only where its answer can change a speaker (made-up text)."""

from __future__ import annotations

import random
import re

import pytest

import kutip.index.statements.names as names_module
from kutip.index.models import Entity, EntityType, Mention
from kutip.index.statements import extract_statements
from kutip.index.statements.text import WORD, Token, tokens

BODY = " ".join(
    f"Kepala Dinas Kota Sukamaju, Fulan Hidayat-Putra, berkata: \"Air naik {i}.5 meter.\" "
    f"Dia menambahkan, banjir di Kp. Baru tak surut. Warga's rumah O'Neil ikut terendam...\n"
    for i in range(12)
)


def _scanned(body: str, start: int, end: int) -> list[Token]:
    return [Token(m.start() + start, m.end() + start, m.group()) for m in WORD.finditer(body[start:end])]


def test_tokens_of_any_stretch_are_the_words_a_fresh_scan_finds() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        start, end = rng.randrange(len(BODY) + 2), rng.randrange(len(BODY) + 2)
        assert tokens(BODY, start, end) == _scanned(BODY, start, end), (start, end)


def test_a_stretch_cut_through_a_word_reads_only_its_part() -> None:
    at = BODY.index("Hidayat-Putra")
    assert [t.text for t in tokens(BODY, at + 3, at + 10)] == ["ayat-Pu"]


def test_the_token_list_returned_is_the_callers_own() -> None:
    first = tokens(BODY, 0, 200)
    first.clear()
    assert tokens(BODY, 0, 200) == _scanned(BODY, 0, 200)


def _person(body: str, name: str) -> Entity:
    spans = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), body)]
    return Entity(name, EntityType.PERSON, spans)


def test_a_sentence_opening_word_never_asks_the_recognisers_check(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def counting(body: str, start: int, end: int, lang: str = "id") -> bool:
        asked.append(body[start:end])
        return True

    monkeypatch.setattr(names_module, "is_person_candidate", counting)
    body = (
        "Fulan Hidayat meninjau tanggul di Sukamaju, Senin.\n"
        "Masih banyak warga mengungsi ke balai desa.\n"
        "Sudah di pengungsian pun warga kekurangan air.\n"
        '"Kami akan membangun tanggul baru," kata Fulan Hidayat.\n'
        "Sukardi menanam padi di sawah yang kering.\n"
    )
    found = extract_statements("t", body, "id", [_person(body, "Fulan Hidayat")])
    assert [s.speaker for s in found if s.kind == "direct"] == ["Fulan Hidayat"]
    assert not {"Masih", "Sudah", "Sukardi"} & set(asked), asked


def test_a_name_after_a_fronted_phrase_is_still_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """``Di balai desa, Sukardi berkata …``: not the sentence's first word, so the check decides."""
    asked: list[str] = []

    def counting(body: str, start: int, end: int, lang: str = "id") -> bool:
        asked.append(body[start:end])
        return True

    monkeypatch.setattr(names_module, "is_person_candidate", counting)
    body = (
        "Fulan Hidayat meninjau tanggul di Sukamaju, Senin.\n"
        "Di balai desa, Sukardi berkata tanggul lama sudah retak sejak tahun lalu.\n"
        '"Kami akan membangun tanggul baru," kata Fulan Hidayat.\n'
    )
    extract_statements("t", body, "id", [_person(body, "Fulan Hidayat")])
    assert "Sukardi" in asked


def test_sentences_split_at_stops_outside_quotations_only() -> None:
    from kutip.index.statements.text import sentences

    body = 'Fulan tiba. "Air naik. Kami pergi." Lalu warga pulang! Dr. Sari datang.'
    opened, closed = body.index('"'), body.index('"', body.index('"') + 1) + 1
    cut = [body[s:e] for s, e in sentences(body, 0, len(body), [(opened, closed)])]
    assert cut == ["Fulan tiba.", '"Air naik. Kami pergi."', "Lalu warga pulang!", "Dr. Sari datang."]
    # two quotation ranges that touch are one: no end between them
    half = opened + 10
    assert sentences(body, 0, len(body), [(opened, half), (half, closed)]) == sentences(
        body, 0, len(body), [(opened, closed)]
    )

