"""Who holds the floor in a paragraph: statements and subjects that do not take it from its speaker."""

from __future__ import annotations

from .found import Found


def one_speaker(found: list[tuple[Found, str | None]]) -> bool:
    """Whether every statement so far in the paragraph is one named person's."""
    names = {name for _f, name in found}
    return len(names) == 1 and None not in names


def relayed(f: Found, speaker: str | None, earlier: list[tuple[Found, str | None]]) -> bool:
    """Whether a statement lies inside another person's words (``Fulan mengatakan, Presiden
    menekankan agar …``; ``Ia menyebut Presiden Badu pernah menyampaikan bahwa …``): what the
    outer speaker relayed, so the floor stays theirs, whoever the nested statement is given to.
    An outer speaker nobody could name keeps it too: the person inside an unknown ``Ia``'s
    words is whom ``Ia`` spoke of, so ``pungkasnya`` after it stays unknown, not theirs."""
    # a named statement's container is among the few just before it (statements run in body
    # order); looking no further keeps a paragraph of many quotations linear
    scope = earlier if speaker is None else earlier[-_RELAY_LOOK_BACK:]
    return any(named != speaker and prev.start <= f.start and f.end <= prev.end for prev, named in scope)


_RELAY_LOOK_BACK = 4
