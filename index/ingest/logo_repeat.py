"""A site's logo text that a scrape repeated with nothing between ("Suara TepianSuara Tepian").

A page prints its logo two or three times (the header's, the sticky bar's, the mobile menu's); a scrape that
keeps the pictures' text runs the copies together on one line. A name of a few capitalised words repeated
so names the site, when an outlet word is in it or the page's breadcrumb trail opens with it
("Suara Tepian > Kabar Desa > …"); a headline or a sentence is never its own name twice over.
"""

from __future__ import annotations

import re

from kutip.index.ingest.outlets import has_outlet_word

__all__ = ["repeated_logo"]

_REPEATED = re.compile(r"^(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})(?:(?P=name)){1,3}$")
_TRAIL_MARK = ">"


def repeated_logo(head: list[str]) -> str:
    """The name a line of ``head`` repeats glued to itself, as above; "" when no line does."""
    for line in head:
        match = _REPEATED.match(line.strip())
        if match is None:
            continue
        name = match["name"]
        trail = any(
            other.strip().startswith(name) and other.strip()[len(name) :].lstrip().startswith(_TRAIL_MARK)
            for other in head
        )
        if trail or has_outlet_word(name):
            return name
    return ""
