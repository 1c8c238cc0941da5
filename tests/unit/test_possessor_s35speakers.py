"""Session 35, speakers (made-up names and text): before the verb, a piece naming someone's
relation (``Fulan's running mate``) describes the person named in the next piece; the possessor
is someone else."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _found(body: str) -> list[tuple[str, str | None]]:
    return [(s.kind, s.speaker) for s in extract_statements("t", body, "en", recognise(body, "en"))]


def test_a_relation_of_someone_then_a_name_is_that_name() -> None:
    body = (
        "Governor Budi Santoso has campaigned on flood control for two years.\n\n"
        "But Santoso's running mate, Deputy Governor Rudi Hartono, said he was confident the city "
        "would be dry in five years.\n\n"
        '"If we keep dredging the rivers, the city will be free of floods," he said.\n'
    )
    assert _found(body) == [("indirect", "Rudi Hartono"), ("direct", "Rudi Hartono")]


def test_a_name_then_its_role_is_still_the_name() -> None:
    body = (
        "Rudi Hartono, Santoso's running mate, said the city would be dry in five years.\n\n"
        '"We will dredge every river," he said.\n'
    )
    assert _found(body) == [("indirect", "Rudi Hartono"), ("direct", "Rudi Hartono")]
