"""Captions and photo credits a scrape prints around its headline ("Foto: Contoh/Ana Lee", "… di gedung
dewan. (www.contoh.com)"): they read like headlines but name a picture's source, so no headline reader
may take them.
"""

from __future__ import annotations

import re

from kutip.index.ingest.headline_words import function_words
from kutip.index.ingest.outlets import is_outlet_name
from kutip.index.ingest.site_domain import is_platform_name
from kutip.index.ingest.site_endings import SITE_ENDING

__all__ = ["PHOTO_LABEL", "SOURCED_CAPTION", "caption_with_source", "credited_caption", "photo_credit"]

# "-Outlet.id/Name-", "Foto: Outlet/Name": a caption's photo credit.
_PHOTO_CREDIT = re.compile(
    rf"[\w.-]+\.{SITE_ENDING}\s*/\s*[A-Z]|(?P<owner>\w*)/(?P<who>[A-Z][A-Za-z. ]+)-?\s*$"
)
_CREDIT_WORD = re.compile(r"\b(?:foto|photo|dok|dokumentasi|istimewa|ilustrasi|sumber|source|credit)\b", re.I)


# "… rapat di gedung dewan. (www.contoh.com/@akun)": a sentence closed by its stop, then the picture's
# source in brackets, a web address or a handle: a caption; a headline closes on no stop before a bracket.
SOURCED_CAPTION = re.compile(rf"[.!?]\s*\(\s*(?:https?://|www\.|@|[\w-]+\.{SITE_ENDING}\b)[^()]*\)\s*$", re.I)


# "Sidang paripurna di gedung dewan.(YouTube Contoh)", "… at the lake in June 2031. - CP": a caption closed by
# its stop, then its picture's source in brackets (a platform or a credit word opening them) or after a dash
# (an agency's or a paper's initials). A headline closes on no stop before its last words.
_CAPTION_SOURCE = re.compile(
    r"[.!?]\s*\(\s*(?P<word>[^\W\d_]+)[^()]*\)\s*$|[a-z0-9][.!?]\s+[-–—]\s+[A-Z]{2,5}\s*$"
)


def caption_with_source(line: str) -> bool:
    match = _CAPTION_SOURCE.search(line)
    if match is None:
        return False
    word = match["word"]
    return word is None or is_platform_name(word) or bool(_CREDIT_WORD.fullmatch(word))


def photo_credit(line: str) -> bool:
    """A caption's credit closes the line ("Foto: Outlet/Ana Lee"); a headline may close on two everyday
    words paired by a slash ("… 3 Kabupaten/Kota Waspada"), which credits nobody, nor does a body's
    paired name (see ``_paired_body``)."""
    match = _PHOTO_CREDIT.search(line)
    if not match or not match["who"]:
        return bool(match)
    if _paired_body(match["owner"], match["who"].split()):
        return False
    from kutip.index.entities.dictionary import is_listed_word  # entities reads outlets through ingest

    owner, who = match["owner"], match["who"].split()
    paired = (
        owner[:1].isupper()
        and not owner.isupper()
        and not is_outlet_name(owner)
        and not _CREDIT_WORD.search(line[: match.start()] + " " + owner)
    )
    return not (paired and all(is_listed_word(w.casefold().strip(".")) for w in [owner, *who]))


# "Menteri Contoh/BKN Ana Lee Tinjau Pasar di Kota", "… Pecat 6 Pegawai ABC/BKN": a ministry's paired name
# (two acronyms of three letters or more) or a clause running on after the slash is no credit: an editor's
# initials ("AB/CD") have two letters, a wire's after a caption is a listed outlet, and a photographer's
# name is a few capitalised words ("Tangkapan layar" for a screenshot), never a clause with function words.
_ACRONYM_PAIR_MIN = 3
_CREDIT_NAME_MAX_WORDS = 6


def _paired_body(owner: str, who: list[str]) -> bool:
    if len(who) == 1:
        acronym = who[0]
        return (
            len(owner) >= _ACRONYM_PAIR_MIN <= len(acronym)
            and owner.isupper()
            and acronym.isupper()
            and not is_outlet_name(acronym)
        )
    return len(who) > _CREDIT_NAME_MAX_WORDS or any(w in function_words() for w in who[1:])


# "Foto: Ana Lee/Contoh", "(Photo: Contoh)": the credit line under a picture's caption.
PHOTO_LABEL = re.compile(r"^\(?\s*(?:foto|photo|kredit foto|photo credit|sumber foto)\s*:", re.I)


# "… in Jakarta on November 30, 2022. — Picture by AGENCY", "Menteri Contoh - Foto: Ana Lee": a caption
# closed by a dash and its picture's credit, which the headline may stand under. Only the headline's
# search steps over it: the body keeps it, as its date is evidence of the day the story reports (the
# cross-language linker dates an English wire copy by it; set aside as furniture it cost q2 8 links).
_CREDITED_CAPTION = re.compile(
    r"\s[-–—]\s*(?:picture|photo|foto|gambar|image)\s*(?:by\b|:)\s*[^.!?]{2,60}$", re.IGNORECASE
)


def credited_caption(line: str) -> bool:
    return bool(_CREDITED_CAPTION.search(line))
