"""Session 29 (lead): a public figure is named by the common full name, the title of the
encyclopedia article (the shared gold's convention): the first president is 'Sukarno', and the
old spelling and the nickname are forms of it."""

from __future__ import annotations

from tests.unit.recognised import person_names as _persons


def test_the_old_spelling_and_the_nickname_name_the_figure_by_the_common_name() -> None:
    body = "Presiden pertama RI Soekarno pernah berpidato di sana. Bung Karno dikenal sebagai orator ulung."
    assert _persons(body) == ["Sukarno"]
    assert "Sukarno" in _persons("Bung Karno pernah berpidato di sana, kata sejarawan Fulan Hidayat.")
