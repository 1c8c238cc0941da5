"""A given name spelt like the English verb (``Said``) opens no reported statement: ``Presiden
serikat buruh Said Fulan menilai …`` is Said Fulan judging, not the union saying ``Fulan menilai
…`` (made-up article and names)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _statements(body: str, lang: str = "id") -> list[tuple[str, str | None, str]]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [(s.kind, s.speaker, s.text) for s in found]


def test_said_as_a_given_name_cues_nothing_in_indonesian() -> None:
    body = (
        "Presiden Serikat Pekerja Sukamaju Said Hidayat berencana menggugat besaran upah minimum.\n\n"
        "Said Hidayat mengatakan serikat akan menempuh jalur hukum pekan depan.\n"
    )
    found = _statements(body)
    assert not any(text.startswith("Hidayat") for _k, _s, text in found)
    assert ("indirect", "Said Hidayat", "serikat akan menempuh jalur hukum pekan depan") in found


def test_said_as_a_given_name_cues_nothing_in_english() -> None:
    body = "Union leader Said Hidayat said that thousands of workers will rally on Thursday.\n"
    assert _statements(body, "en") == [
        ("indirect", "Said Hidayat", "thousands of workers will rally on Thursday")
    ]
