"""Related-article lines of a page ("Baca juga: Fulan Hidayat Tolak Usulan") and the people they name.

A page's "Baca juga" links name people the page is about, yet they sit in the furniture, not the
story, so the body's recognition never sees them. This module finds the links' headlines among a
page's lines (labelled lines, and headline lines under a label alone on its line); the people in
them are read by :mod:`kutip.index.entities.headline_names`, as an article's own title is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kutip.index.entities.headline_names import headline_names, name_words, sentence_case
from kutip.index.entities.related_blocks import headline_words
from kutip.index.ingest.language import detect_language

__all__ = [
    "ENGLISH_HEADER",
    "ENGLISH_LINE",
    "RELATED_HEADER",
    "RELATED_LINE",
    "headline_names",
    "name_words",
    "related_headlines",
    "related_persons",
    "sentence_case",
    "title_persons",
]


# "Baca juga: ...", "BACA JUGA:...", "Baca: ...", "Lihat juga: ...": Indonesian labels only, as the
# tagger learnt Indonesian text ("Read more: Starlink Will Conduct ..." would yield headline words)
RELATED_LINE = re.compile(
    r"^\s*(?:baca(?:\s+juga)?|lihat\s+juga)\s*:\s*(?P<headline>\S.{8,200})$"
    # "Baca Juga  Fulan Hidayat Tolak ...": some pages set the label with no colon, the headline capitalised
    r"|^\s*(?:baca|lihat)\s+juga\s+(?P<unmarked>(?-i:[A-Z]).{8,200})$",
    re.I,
)
# A label alone on its line ("Berita Terkait", "Baca juga:", "Populer"), the headlines on the lines below
_LABEL = r"(?:baca|lihat)\s+juga|(?:berita|artikel)\s+(?:terkait|(?:ter)?populer)|(?:ter)?populer"
RELATED_HEADER = re.compile(rf"^\s*(?:{_LABEL})\s*:?\s*$", re.I)
# a link's date stamp on its line under its headline ("Senin, 03 Maret 2031 | 09:12"): the list goes on
_LINK_STAMP = re.compile(
    r"^[A-Za-z']+,\s+\d{1,2}\s+[A-Za-z]+\s+\d{4}\s*(?:\|\s*\d{1,2}[.:]\d{2}(?:\s*WIB)?)?$"
)
# English labels ("Read also: ...", "You might be interested : ..."), which Indonesian pages print too (a
# template's or an aggregator's furniture): their headlines are read only on an Indonesian page, where they
# are Indonesian headlines; an English page's English headline is left alone, as above
ENGLISH_LINE = re.compile(
    r"^\s*(?:read\s+also|also\s+read|read\s+more|see\s+also|you\s+may\s+also\s+like"
    r"|you\s+might\s+(?:be\s+interested(?:\s+in)?|also\s+like)|related(?:\s+(?:news|articles?|stor(?:y|ies)))?)"
    r"\s*:\s*(?P<headline>\S.{8,200})$",
    re.I,
)
ENGLISH_HEADER = re.compile(
    r"^\s*(?:you\s+may\s+also\s+like|you\s+might\s+(?:be\s+interested(?:\s+in)?|also\s+like)"
    r"|related\s+(?:news|articles?|stor(?:y|ies))|read\s+also|also\s+read)\s*:?\s*$",
    re.I,
)
_UNDER_HEADER = 8  # headline lines read under one label (a list of links; the first sentence ends it sooner)
_LABEL_WORDS = 2  # a line this short under the label is another label ("Terpopuler"), no headline
_BULLET = re.compile(r"^\s*[-•·]\s*")


def _headline_line(text: str) -> bool:
    """A link's headline: words mostly capitalised, no closing full stop (a sentence has one)."""
    return headline_words(text.split()) and not text.endswith(".")


def _indonesian(lines: Sequence[str]) -> bool:
    """Whether ``lines`` read as Indonesian, the English labels left out (their words are English on any
    page: "You may also like" beside two Indonesian headlines is an Indonesian page's furniture)."""
    text = []
    for line in lines:
        english = ENGLISH_LINE.match(line)
        if english:
            text.append(english["headline"])
        elif not ENGLISH_HEADER.match(line):
            text.append(line)
    return detect_language("\n".join(text)) == "id"


def related_headlines(lines: Sequence[str]) -> list[str]:
    """The headlines of the related-article links among ``lines``: a labelled line's ("Baca juga: ..."),
    and the headline lines right under a label alone on its line ("Berita Terkait", then "- Fulan ...").
    English labels ("You might be interested : ...") count on an Indonesian page only (``ENGLISH_LINE``)."""
    found: list[str] = []
    under = 0
    indonesian: bool | None = None  # the page's language, judged when an English label first asks
    for line in lines:
        match = RELATED_LINE.match(line)
        english = None if match else ENGLISH_LINE.match(line)
        english_header = not match and not english and ENGLISH_HEADER.match(line) is not None
        if (english or english_header) and indonesian is None:
            indonesian = _indonesian(lines)
        if match:
            found.append((match["headline"] or match["unmarked"]).strip())
            under = 0
        elif english and indonesian:
            found.append(english["headline"].strip())
            under = 0
        elif RELATED_HEADER.match(line) or (english_header and indonesian):
            under = _UNDER_HEADER
        elif under:
            text = _BULLET.sub("", line).strip()
            if len(text.split()) <= _LABEL_WORDS or _LINK_STAMP.match(text):
                continue  # "Berita Terkait", "Terpopuler", then the links; a link's date stamp
            if _headline_line(text):
                found.append(text)
                under -= 1
            else:
                under = 0
    return found


def related_persons(lines: Sequence[str]) -> list[str]:
    """Persons the related-article lines among ``lines`` name in their headlines.

    The headlines are read as one text, so a name two links repeat ("Putri X" in both)
    counts as the article repeating it.
    """
    return headline_names(related_headlines(lines))


def title_persons(title: str, lang: str) -> list[str]:
    """Persons an Indonesian article's own title names ("Fulan Sebut Badu Langsung Meneleponnya").

    The title is kept apart from the body, so a person named only there is otherwise lost;
    it is read the way a related article's headline is (Indonesian only, like those).
    """
    return headline_names([title.strip()]) if title.strip() and lang != "en" else []
