"""Recognising the name of a news outlet or wire agency."""

from __future__ import annotations

import re
from functools import cache

from kutip.index.stopwords import load_word_list

__all__ = ["has_outlet_word", "is_agency_token", "is_outlet_name", "known_outlets"]

_DOMAIN = re.compile(
    r"^[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|co\.id|co\.uk|id|net|org|news|tv|co|info|my\.id|web\.id)$", re.I
)


@cache
def known_outlets() -> frozenset[str]:
    """Outlet and agency names from ``data/outlets.txt``, case-folded."""
    return frozenset(name.casefold() for name in load_word_list("outlets.txt"))


def is_outlet_name(text: str) -> bool:
    """True for a site domain (``Kompas.com``) or a listed outlet (``IDN Times``)."""
    text = text.strip()
    return bool(_DOMAIN.match(text)) or text.casefold() in known_outlets()


# Words that newspapers, sites and broadcasters put in their names and places do not:
# an unlisted "Warta Kota Digital" or "Kabar Nusantara" still announces itself as an outlet.
_OUTLET_WORDS = frozenset(
    {
        "harian", "koran", "warta", "kabar", "berita", "suara", "tribun", "radar", "pos", "post",
        "times", "news", "online", "digital", "media", "daily", "herald", "gazette", "journal",
        "tribune", "chronicle", "ledger", "tv", "televisi", "radio", "pers", "channel", "mingguan",
        "majalah", "weekly", "newswire", "wire", "express", "courier", "observer",
    }
)  # fmt: skip


def has_outlet_word(text: str) -> bool:
    """True when a title-case name contains a word outlets use in their names (``Harian``, ``Times``)."""
    return any(word.strip(".,").casefold() in _OUTLET_WORDS for word in text.split())


def is_agency_token(text: str) -> bool:
    """True for the non-person parts of a photo credit: agencies, ``POOL``, editor initials."""
    text = text.strip()
    if not text:
        return True
    if is_outlet_name(text) or text.casefold() in {"pool", "file", "files", "handout", "dok", "dokumentasi"}:
        return True
    if re.fullmatch(r"antara foto|ap photo|afp photo|reuters|getty images|epa(?:-efe)?|anadolu", text, re.I):
        return True
    # Initials of the photo editor, as in "(ANTARA FOTO/Name/abc)".
    return bool(re.fullmatch(r"[a-z]{2,4}", text))
