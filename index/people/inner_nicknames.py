"""A nickname written in brackets inside a name: "Fulan (Ulan) Wibowo".

The speaker parser reads the brackets away ("Fulan Ulan Wibowo"), a name no other article
writes; the person is "Fulan Wibowo", and "Ulan Wibowo", the name another story may give
them, is theirs too. Only a one-word nickname in a capitalised name of two words or more, as
the article's own text writes it, is read so.
"""

from __future__ import annotations

import re

__all__ = ["inner_nickname"]

_MIN_WORDS = 3  # the given name, the nickname, the surname


def inner_nickname(body: str, name: str) -> tuple[str, str] | None:
    """(the name without the nickname, the nickname with the words after it) when ``body``
    writes ``name`` with one inner word in brackets, else None."""
    words = name.split()
    if len(words) < _MIN_WORDS or not all(w[:1].isupper() for w in words):
        return None
    for k in range(1, len(words) - 1):
        nick = words[k]
        if nick.isupper() or not nick.isalpha():
            continue  # "(PDIP)": a party's short name, not the person's
        bracketed = rf"\({re.escape(nick)}\)"
        written = " ".join([*map(re.escape, words[:k]), bracketed, *map(re.escape, words[k + 1 :])])
        if re.search(rf"(?<!\w){written}(?!\w)", body):
            return " ".join(words[:k] + words[k + 1 :]), " ".join(words[k:])
    return None
