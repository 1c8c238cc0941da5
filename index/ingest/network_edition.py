"""The regional edition of a network a page is signed by, where the page names only the network's hub.

A network with many regional editions runs one hub site that reprints them ("CONTOHNEWS.COM, Kota - …"
over "Laporan Wartawan Contoh Sukamaju"), and its pages end under the network's bare name ("© Contoh").
The edition the story was written for is then named on the page in the reporter's line, a ``Sumber:``
line, a reprint note or a photo credit. Named once it may be a source the hub cites; named twice it is
the page's own (links to related stories, which name other pages of the network, do not count). Which
brands are networks the outlet list says: a brand listed with at least three regional editions
(``Contoh Sukamaju``, ``Contoh Sukaraja``, …). The hub is the brand alone or run into an outlet word
(``Contohnews.com``); an edition, or another outlet opening with the same word, is left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from kutip.index.ingest.boilerplate import LINE_RULES
from kutip.index.ingest.outlets import display_outlet, has_outlet_word, is_region, known_outlets
from kutip.index.ingest.site_endings import SITE_ENDING
from kutip.index.language import fold

__all__ = ["network_edition"]

_NETWORK_MIN_EDITIONS = 3
_EDITION_MIN_NAMED = 2


@cache
def _editions() -> dict[str, tuple[str, ...]]:
    """Brand word (case-folded) → the display names of its listed regional editions, for networks only."""
    by_brand: dict[str, set[str]] = {}
    for form in known_outlets():
        name = display_outlet(form)
        words = name.split()
        if len(words) >= 2 and all(is_region(word) for word in words[1:]):
            by_brand.setdefault(fold(words[0]), set()).add(name)
    return {
        brand: tuple(sorted(names))
        for brand, names in by_brand.items()
        if len(names) >= _NETWORK_MIN_EDITIONS
    }


def _hub_brand(outlet: str) -> str:
    """The network brand ``outlet`` is the hub of ("Contoh", "Contohnews.com"), else ""."""
    key = re.sub(rf"\.{SITE_ENDING}$", "", fold(outlet).removeprefix("www.")).replace(" ", "")
    for brand in _editions():
        rest = key.removeprefix(brand)
        if rest != key and (not rest or has_outlet_word(rest)):
            return brand
    return ""


def _named(name: str, text: str) -> int:
    """How often ``name`` is written on the page, its words spaced or run together ("Contoh Sukamaju",
    "ContohSukamaju.com"), never as the start of a longer word."""
    words = r"\s*".join(re.escape(word) for word in name.split())
    return len(re.findall(rf"(?<![\w.]){words}(?!\w)", text, re.I))


def network_edition(outlet: str, paragraphs: list[str]) -> str:
    """The one regional edition of ``outlet``'s network the page names at least twice, when ``outlet`` is
    the network's hub; ``outlet`` otherwise."""
    brand = _hub_brand(outlet) if outlet else ""
    if not brand:
        return outlet
    # a related story's link ("Baca juga: … - Contoh Sukamaju") names another page of the network
    text = "\n".join(p for p in paragraphs if not any(rule.search(p.strip()) for rule in LINE_RULES))
    counts = Counter({name: _named(name, text) for name in _editions()[brand]})
    named = [name for name, count in counts.items() if count >= _EDITION_MIN_NAMED]
    return named[0] if len(named) == 1 else outlet
