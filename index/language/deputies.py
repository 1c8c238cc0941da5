"""Deputy ministers' short forms, derived from the ministers' ("Menaker" -> "Wamenaker").

Outlets write a deputy minister's office as "Wa" + the minister's short form for every ministry
("Wamenkeu", "Wamentan", "Wamensos"), so the lists name the ministers and the deputies follow.
Entities and statements both read titles; deriving the deputies in one place keeps their lists
from disagreeing (the statements' list once lacked most deputies, so "Wamen<x> <one-word name>"
became the speaker's name).
"""

from __future__ import annotations

from collections.abc import Iterable


def deputy_forms(short_forms: Iterable[str]) -> frozenset[str]:
    """The deputies' forms of the one-word ministers' short forms among ``short_forms`` (folded)."""
    return frozenset("wa" + w for w in short_forms if w.startswith("men") and len(w) > 4 and " " not in w)
