"""Line and paragraph handling shared by every format, plus the hashing form of text."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache

from kutip.index.ingest.site_endings import SITE_ENDING
from kutip.index.stopwords import load_word_list

__all__ = [
    "content_id",
    "is_hard_wrapped",
    "join_paragraphs",
    "normalise_text",
    "paragraphs_from_lines",
    "rejoin_cut_sentences",
    "split_blocks",
    "unglue",
]

# Hard-wrapped files (e-mail style) have no line longer than this.
_WRAP_WIDTH = 100
_SENTENCE_END = re.compile(r"[.!?:;\"”’')\]]$")


def normalise_text(text: str) -> str:
    """The form of a text that is hashed: NFKC, no BOM or NUL, white space runs as one space.

    Re-saving a file with other line endings or trailing spaces must not change
    its identity, so only layout is folded; letters and case are kept.
    """
    text = unicodedata.normalize("NFKC", text).replace("\ufeff", "").replace("\x00", "")
    # str.split() breaks on the characters "\s" matches (str.isspace), so the runs become one space and
    # the ends go, as re.sub(r"\s+", " ", text).strip() did, in a quarter of its time
    return " ".join(text.split())


def content_id(text: str) -> str:
    """The article id: first 16 hex digits of the SHA-256 of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def split_blocks(lines: list[str]) -> list[list[str]]:
    """Groups lines into blank-line separated blocks, trailing white space removed."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw in lines:
        line = raw.rstrip()
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def is_hard_wrapped(blocks: list[list[str]]) -> bool:
    """True when line breaks inside blocks are wrapping, not paragraph breaks.

    Scrapes put one paragraph on a line; wrapped text has many multi-line blocks
    and no long lines.
    """
    lines = [line for block in blocks for line in block]
    if not lines or max(len(line) for line in lines) > _WRAP_WIDTH:
        return False
    multi = sum(1 for block in blocks if len(block) > 1)
    long_lines = sum(1 for line in lines if len(line) >= _WRAP_WIDTH * 0.55)
    return multi >= 1 and long_lines >= max(2, len(lines) // 3)


_DROP_CAP_LINE = re.compile(r"^\s*[A-Z]\s*$")


def join_drop_caps(lines: list[str]) -> list[str]:
    """A drop cap a scrape set on a line of its own ("K", then "ereta cepat …") joined back to its word,
    blank lines between them skipped; the headline and the lead keep their first letter."""
    out: list[str] = []
    pending = -1  # index in out of a lone capital waiting for the rest of its word
    for line in lines:
        if pending >= 0 and line.strip():
            if line.lstrip()[:1].islower():
                out[pending] = out[pending].strip() + line.lstrip()
                del out[pending + 1 :]  # the blank lines between the letter and its word
                pending = -1
                continue
            pending = -1
        out.append(line)
        if _DROP_CAP_LINE.match(line):
            pending = len(out) - 1
    return out


def paragraphs_from_lines(lines: list[str]) -> list[str]:
    """Paragraphs of plain text: one a line, unless the file is hard-wrapped."""
    blocks = split_blocks(lines)
    if not is_hard_wrapped(blocks):
        return [line.strip() for block in blocks for line in block]
    paragraphs: list[str] = []
    for block in blocks:
        current = ""
        previous = ""
        for line in block:
            stripped = line.strip()
            # A short line inside a wrapped block is an intended break (a list, a sign-off).
            if current and _SENTENCE_END.search(previous) and len(previous) < _WRAP_WIDTH * 0.55:
                paragraphs.append(current)
                current = stripped
            else:
                current = f"{current} {stripped}" if current else stripped
            previous = stripped
        if current:
            paragraphs.append(current)
    return paragraphs


# "Presiden menyebut, agen" / "intelijen negara itu bekerja …": a paragraph that stops mid-sentence (on a word
# in lower case, or a comma) over one that opens on a word in lower case is one sentence a scrape broke, where
# a link's text stood on a line of its own or the page wrapped its lines unevenly. A headline or a caption
# ends on a capitalised word, a site's dateline opens on its domain ("contoh.com, KOTA - …"); two short lines
# so ("like" / "dislike") are a menu's; a line of nothing but the stop ends the sentence it was cut from.
_CUT_END = re.compile(r"(?:(?<![\w.])[a-z]+|,)$")
_GOES_ON = re.compile(r"^[a-z]+(?:[\s,;:]|$)")
_STOP_ALONE = re.compile(r"^[.!?]+$")
_CUT_MIN_WORDS = 3


def rejoin_cut_sentences(paragraphs: list[str]) -> list[str]:
    """The story's paragraphs with sentences a scrape cut across two of them made whole again."""
    out: list[str] = []
    for paragraph in paragraphs:
        previous = out[-1] if out else ""
        cut = _CUT_END.search(previous) is not None
        if cut and _STOP_ALONE.match(paragraph):
            out[-1] = previous + paragraph
        elif (
            cut
            and _GOES_ON.match(paragraph)
            and max(len(previous.split()), len(paragraph.split())) >= _CUT_MIN_WORDS
        ) or (previous and _quotation_goes_on(previous, paragraph)):
            out[-1] = f"{previous} {paragraph}"
        else:
            out.append(paragraph)
    return out


# '“Kami akan menyiapkan rapat.' over 'Sesuai aturan partai,” kata Ana.': a quotation the first line opens and
# never closes, and the next line closes without opening one, is one quotation a scrape cut across two lines.
# A quotation of several paragraphs opens each of them again ('“Kedua, …'), and stays as it was.
_CURLY_OPEN, _CURLY_CLOSE = "“", "”"


def _quotation_goes_on(previous: str, paragraph: str) -> bool:
    opens = previous.rfind(_CURLY_OPEN) > previous.rfind(_CURLY_CLOSE)
    closes = paragraph.find(_CURLY_CLOSE)
    return opens and closes > 0 and _CURLY_OPEN not in paragraph[:closes] and not paragraph.startswith('"')


def join_paragraphs(paragraphs: list[str]) -> str:
    """The body layout the reader relies on: exactly one blank line between paragraphs, and one
    space between words (scrapes keep layout runs such as ``Harimurti  said`` that cues must see through)."""
    return "\n\n".join(_INNER_SPACE.sub(" ", p.strip()) for p in paragraphs if p.strip())


_INNER_SPACE = re.compile(r"[ \t\u00a0]{2,}|\t")


# Scrapes that drop the markup between paragraphs glue them: `…kata dia."Kalimat` or
# `sentence.Next sentence`. A full stop (or ?, !) after a lower-case word and straight before a
# capitalised word or an opening quotation mark is such a seam; abbreviations and domains
# ("Jl.Sudirman", "Kompas.com") have no lower-case word of three letters before the stop or
# no capital after it.
# A site's domain with its ending in title case ("Contoh.Com", "Contoh.Co.Id") is no seam either, unless a
# sentence goes on after the ending's word ("kata dia.Media massa …").
_SEAM = re.compile(
    rf"(?<=[a-z]{{3}}[.!?])(?=[A-Z][a-z])(?!(?i:{SITE_ENDING})(?![\w-])(?!\s+[a-z]))"
    r"|(?<=[a-z]{3}[.!?][”’])(?=[A-Z“\"])|(?<=[a-z]{3}[.!?])(?=“)"
)
_STRAIGHT_SEAM = re.compile(r"(?<=[a-z]{3}[.!?])\"(?=[A-Z])")
# "(Baca: …)", "(Baca juga: …)": a link to another story inside a paragraph.
_INLINE_READ_MORE = re.compile(
    r"\s*\(\s*(?:baca|lihat|simak|read)(?: juga| also| more)?\s*:[^()]{0,200}\)", re.I
)


def _straight_seams(paragraph: str) -> list[int]:
    """Where a straight quotation mark glued after a full stop opens or closes a quote.

    An even number of marks before it means it opens one (cut before it); odd, it closes
    one (cut after it).
    """
    cuts = []
    for match in _STRAIGHT_SEAM.finditer(paragraph):
        at = match.start()
        cuts.append(at if paragraph.count('"', 0, at) % 2 == 0 else at + 1)
    return cuts


_LAST_WORD = re.compile(r"([^\W\d_]+)[.!?][”’\"]?$")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(word.casefold() for word in load_word_list("ingest_abbreviations.txt"))


def _after_abbreviation(text: str, at: int) -> bool:
    """True when the stop before ``at`` closes an abbreviation ("Prof.Dr", "Jend.Sudirman")."""
    match = _LAST_WORD.search(text[max(0, at - 20) : at])
    return match is not None and match.group(1).casefold() in _abbreviations()


def _inside_quote(text: str, at: int) -> bool:
    """True when a quotation opened before ``at`` is still open there (a seam inside a quote is none)."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


# "22 November 2022, 16:00 WIBJAKARTA, KOMPAS.TV - …": a stamp's clock time and zone glued to the
# capitalised dateline that opens the story, or to the site's domain opening it ("10:06 WIBcontoh.com - …").
_STAMP_SEAM = re.compile(
    rf"\b\d{{1,2}}[:.]\d{{2}}\s?(?:WITA|WIB|WIT)(?=[A-Z][A-Za-z]|[a-z][\w-]*(?:\.[a-z][\w-]*)*\.{SITE_ENDING}\b)"
)


# Every place ``_SEAM`` matches is just after such a stop, or one closing quotation mark after it: the
# stops are found in one quick scan and ``_SEAM`` is asked there only, not at every position of the text.
_SEAM_STOP = re.compile(r"[a-z]{3}[.!?](?=[A-Z“”’])")  # each branch needs one of these after the stop
_CLOSING_MARKS = "”’"


def _seam_places(paragraph: str) -> list[int]:
    """Where ``_SEAM`` matches in ``paragraph`` (the starts ``_SEAM.finditer`` gives), in order."""
    places = []
    for stop in _SEAM_STOP.finditer(paragraph):
        at = stop.end()
        if _SEAM.match(paragraph, at):
            places.append(at)
        if at < len(paragraph) and paragraph[at] in _CLOSING_MARKS and _SEAM.match(paragraph, at + 1):
            places.append(at + 1)
    return places


def unglue(paragraph: str) -> list[str]:
    """The paragraphs a glued scrape paragraph was made of, inline "(Baca: …)" links removed."""
    # Each pattern is asked only when the text holds the mark it needs ("(", a WIB/WITA/WIT zone, '"').
    if "(" in paragraph:
        paragraph = _INLINE_READ_MORE.sub("", paragraph)
    seams = {
        at
        for at in _seam_places(paragraph)
        if not _inside_quote(paragraph, at) and not _after_abbreviation(paragraph, at)
    }
    if "WI" in paragraph:
        seams |= {m.end() for m in _STAMP_SEAM.finditer(paragraph)}
    if '"' in paragraph:
        seams |= set(_straight_seams(paragraph))
    cuts = sorted(seams)
    if not cuts:
        return [paragraph] if paragraph.strip() else []
    parts = [paragraph[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(paragraph)], strict=True)]
    return [p for p in parts if p]
