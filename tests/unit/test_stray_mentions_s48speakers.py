"""Session 48, speakers (made-up names): a mention the recogniser gave a running mate that is
another person's name is that person's (statements/stray_mentions.py)."""

from __future__ import annotations

from kutip.index.models import Entity, EntityType, Mention
from kutip.index.statements.stray_mentions import mentions_to_owners


def _person(name: str, *spans: tuple[int, int, str], aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(name, EntityType.PERSON, [Mention(*s) for s in spans], list(aliases))


def test_a_mention_that_is_another_persons_name_moves_to_them() -> None:
    first = _person("Haryo Wicaksono", (0, 15, "Haryo Wicaksono"), aliases=("Haryo",))
    mate = _person(
        "Rini Maharani",
        (20, 33, "Rini Maharani"),
        (40, 45, "Haryo"),
        (50, 54, "Rini"),
        aliases=("Haryo", "Rini"),
    )
    moved = {e.name: e for e in mentions_to_owners([first, mate])}
    assert [m.start for m in moved["Haryo Wicaksono"].mentions] == [0, 40]
    assert [m.start for m in moved["Rini Maharani"].mentions] == [20, 50]
    assert moved["Rini Maharani"].aliases == ["Rini"]
    assert [m.start for m in mate.mentions] == [20, 40, 50]  # the article's own list is untouched


def test_a_nickname_of_ones_own_stays() -> None:
    one = _person("Haryo Wicaksono", (0, 15, "Haryo Wicaksono"), (20, 24, "Cak Yo"))
    other = _person("Rini Maharani", (30, 43, "Rini Maharani"))
    assert mentions_to_owners([one, other]) == [one, other]
