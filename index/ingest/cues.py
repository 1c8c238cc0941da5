"""Cue words read from a sectioned list, as one expression: the words beside an outlet's name in running
text ("dilansir", "kepada", "Pantauan") are data (``data/ingest_brand_cues.txt``), not code."""

from __future__ import annotations

import re

from kutip.index.language.wordlists import sections

__all__ = ["CUES", "cue_words"]

CUES = "ingest_brand_cues.txt"


def cue_words(section: str, path: str = CUES) -> str:
    """One section of a cue list as a group of whole phrases, longest first; a space in a phrase
    matches any run of spaces. No flags: the caller's expression says whether case matters."""
    phrases = sorted({" ".join(p.split()) for p in sections(path).get(section, [])}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + ")"
