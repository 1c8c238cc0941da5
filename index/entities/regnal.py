"""Regnal numbers: "Paus Leo XIV", "King Charles III" (issue 9, names session 40).

A Roman numeral written after the name of a pope or a ruler is the name's last word: the press
and the encyclopedia keep it ("Pope Leo XIV", "Sultan Hamengkubuwono X"). Two mistakes followed
from reading it as any capitalised word. Written after a title ("Paus Leo XIV berkata ...") a
numeral of three letters or more looked like an acronym, and a run holding an acronym after a
title is a body's ("Kepala KSOP Tanjungwangi"), so the person was typed an organisation. And in a
headline written in title case ("Paus Leo XIV Minta Warga ...") the words after the numeral ran on
into the name.

So after a ruler's title (:func:`ruler_title`, both languages: popes, kings and queens, sultans,
emperors, princes) a numeral closing the run is no acronym (``cues._has_acronym``), and in a
headline a person's name after such a title ends at its numeral (:func:`end_at_regnal_numbers`).
In prose a capitalised word after the numeral is the ruler's epithet ("Raja Fulan III Agung") and
stays. Numbered units after an office's title ("Ketua Komisi III", "Pangdam XIV") are untouched:
their title is no ruler's. A lone I, V or X never counts (a pronoun, a list mark, a brand).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kutip.index.language import Token
from kutip.index.models import EntityType

if TYPE_CHECKING:  # cues asks regnal_numeral of this module
    from kutip.index.entities.cues import Candidate

__all__ = ["end_at_regnal_numbers", "regnal_numeral", "ruler_title"]

_NUMERAL = re.compile(r"^(?:XXX|XX|X)?(?:IX|IV|VIII|VII|VI|V|III|II|I)?$")

# the titles a regnal number follows, both languages
_RULERS = frozenset(
    (
        "paus", "pope", "raja", "king", "ratu", "queen", "sultan", "kaisar", "emperor", "empress",
        "tsar", "czar", "pangeran", "prince", "princess", "susuhunan", "sunan", "syah", "shah",
    )
)  # fmt: skip


def regnal_numeral(text: str) -> bool:
    """A Roman numeral of two letters or more, up to XXXIX ("II", "XIV", "XXIII"); not "I", "V", "X"."""
    return len(text) >= 2 and _NUMERAL.match(text) is not None


def ruler_title(word: str) -> bool:
    """Whether the folded ``word`` is a title a regnal number follows ("paus", "king", "sultan")."""
    return word.rstrip(".") in _RULERS


def end_at_regnal_numbers(tokens: list[Token], candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each person's run in a headline ending at its regnal number.

    "Paus Leo XIV Minta Warga ..." -> "Leo XIV": the run follows a ruler's title, the numeral follows
    a name word one space apart, and the words after it are a title-case line's.
    """
    for c in candidates:
        if c.type is not EntityType.PERSON or c.first == 0 or not ruler_title(tokens[c.first - 1].folded):
            continue
        for k in range(c.first + 1, c.last):
            if (
                regnal_numeral(tokens[k].text)
                and tokens[k].gap == " "
                and tokens[k - 1].text[:1].isupper()
                and tokens[k + 1].title_case_line
            ):
                c.last = k
                if c.nickname > k:
                    c.nickname = -1
                break
    return candidates
