"""A site's domain in the slot where a story's dateline names its outlet.

Small sites write their domain where a wire writes its name, in forms no one dateline shape covers:
"Kota – contoh.com – Warga …", "Contoh.id | Warga …", "Kota, (Contoh.com)", "CONTOH.ME -Warga …",
"Contoh.com, Meski …", "Contoh.id  Kabar Contoh - Warga …". What they share: a domain among the first
words at the top of the page, with at most a place before it and a separator (or the site's name or
place, then a dash) after it. A sentence that names another site writes words
before it ("dikutip dari contoh.com,"), and a caption credits it inside a label ("(Foto: contoh.com)").
"""

from __future__ import annotations

import re

from kutip.index.ingest.outlets import display_outlet, known_outlets
from kutip.index.ingest.site_domain import is_platform
from kutip.index.ingest.site_endings import SITE_ENDING

__all__ = ["lead_site"]

# A domain, with a top-level name news sites use; not an e-mail address's host, nor a file name.
_SITE = re.compile(
    r"(?<![\w@/.-])(?P<site>[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z][A-Za-z0-9-]*)*"
    rf"\.(?i:{SITE_ENDING}))"
    r"(?P<after>\s*(?:[-–—|,:)]|$)|(?:\s+[A-Z][\w'’.]*){1,3}\s+[-–—]{1,2}\s)"
)
# After the domain: a separator, or the site's spelled-out name or its place, then the dash ("Contoh.id
# Kabar Contoh - Warga …", "Contoh.com Kota — Warga …").
# Before the domain: nothing, or a place of up to three capitalised words, then a dash, comma or
# an opening bracket.
_PLACE_BEFORE = re.compile(r"^(?:[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2}\s*(?:[-–—,]|\s)\s*)?\(?\s*$")
# The top of the page: furniture over the story and its first paragraphs.
_TOP_PARAGRAPHS = 8
_SITE_MIN_LETTERS = 3


def lead_site(paragraphs: list[str]) -> str:
    """The domain a top paragraph opens with (after at most its place), shown as the outlet; "" when
    none does."""
    for paragraph in paragraphs[:_TOP_PARAGRAPHS]:
        text = paragraph.strip()
        match = _SITE.search(text, 0, min(len(text), 80))
        if match is None or not _PLACE_BEFORE.match(text[: match.start()]):
            continue
        site = match["site"]
        if is_platform(site) or len(site.split(".")[0]) < _SITE_MIN_LETTERS:
            continue
        if len({m["site"].casefold() for m in _SITE.finditer(text)}) > 1:
            continue  # "Contoh.com | Lain.com | …": a network's bar of its sites
        if match["after"].strip() == ")" and "(" not in text[: match.start()]:
            continue
        return _shown(site)
    return ""


def _shown(site: str) -> str:
    """A listed outlet's usual name; otherwise the domain as the page writes it, a logo's capitals
    lowered ("CONTOH.ME" → "Contoh.me")."""
    if site.casefold() in known_outlets():
        return display_outlet(site)
    shown = display_outlet(site)
    if shown.casefold() != site.casefold():
        return shown
    return site[0].upper() + site[1:].lower() if site.isupper() else site
