"""A hard-wrapped line that runs on into the next one: story prose, never a headline.

Some scrapes break every line at about eighty characters, mid-sentence, with no blank
lines. Such a line full of capitalised names ("Menteri Fulan Hadi membuka Pekan Contoh
di") reads like a headline, and taken for one it leaves the story with the person.
A line that ends in a lower-case function word, or without a stop before a line opening
in lower case, with the next line straight under it, is a sentence going on.
"""

from __future__ import annotations

import re

from kutip.index.ingest.dateline import parse_dateline
from kutip.index.ingest.headline_words import WORD, function_words

__all__ = ["runs_on"]

# a line this short ending in "oleh", "di" is a credit or a label ("Foto oleh"), not wrapped prose
_MIN_WORDS = 6
_STOPPED = re.compile(r"[.!?:;\"”’)\]]$")


def runs_on(line: str, following: str) -> bool:
    """``line`` is cut mid-sentence and ``following`` (the next line, no blank line between) goes on."""
    line, following = line.strip(), following.strip()
    words = WORD.findall(line)
    if not following or len(words) < _MIN_WORDS or _STOPPED.search(line):
        return False
    last = words[-1]
    if last.islower() and last in function_words() and line.endswith(last):
        return True
    return _goes_on(following)


def _goes_on(following: str) -> bool:
    """The next line opens with a plain lower-case word ("menyerahkan dua perahu"); a site's name
    ("contoh.com - ...") or a lower-cased dateline opens a story under its headline instead."""
    first = following.split(maxsplit=1)[0].rstrip(",")
    return first.isalpha() and first.islower() and parse_dateline(following) is None
