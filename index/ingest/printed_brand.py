"""The name a site prints for itself, where the page names its outlet only by a web address.

A newspaper's site often adds a word to the paper's name in its address (``Contohkotalive.com`` for the
paper *Contoh Kota*), and the page prints the paper's name alone on a line (its logo's text, its own
photos' credit). That name is how readers and citations know the outlet. A name of two or three
capitalised words with a word outlets name themselves with, whose letters open the address's name, is
the paper's; one such name only.
"""

from __future__ import annotations

import re

from kutip.index.ingest.outlets import display_outlet, has_outlet_word, is_site_domain
from kutip.index.language import fold

__all__ = ["printed_brand"]

_NAME = re.compile(r"^[A-Z][\w'’&]*(?:\s+[A-Z][\w'’&]*){1,2}$")
_MIN_LETTERS = 4


def printed_brand(outlet: str, paragraphs: list[str]) -> str:
    """The paper's name a line of the page prints alone when ``outlet`` is a web address that opens with
    its letters and adds more; ``outlet`` otherwise."""
    if not is_site_domain(outlet):
        return outlet
    host = fold(outlet).removeprefix("www.").split(".")[0].replace(" ", "")
    names = {
        key: line
        for paragraph in paragraphs
        for line in [paragraph.strip(" \t|•-–—")]
        if _NAME.match(line) and has_outlet_word(line)
        for key in [fold(line).replace(" ", "")]
        if len(key) >= _MIN_LETTERS and host.startswith(key) and host != key
    }
    return display_outlet(names.popitem()[1]) if len(names) == 1 else outlet
