"""Markdown articles: optional front matter, a ``# Heading`` title, markup reduced to its text."""

from __future__ import annotations

import re

from kutip.index.ingest.build import KnownMetadata, build_article
from kutip.index.ingest.dates import parse_iso_date
from kutip.index.ingest.text import split_blocks
from kutip.index.models import Article

__all__ = ["parse_front_matter", "parse_markdown", "strip_inline_markup"]

_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
_LIST_ITEM = re.compile(r"^\s+-\s+(?P<value>.+)$")
_FIELDS = {
    "title": ("title", "headline"),
    "date": ("date", "published", "published_at", "pubdate"),
    "outlet": ("outlet", "source", "site", "publisher"),
    "author": ("author", "authors", "byline"),
    "url": ("url", "link", "canonical"),
}

# Each rule with the marks one of which its every match holds: a text without them skips the rule's scan.
_INLINE_RULES: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), "", ("![",)),  # images carry no story text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1", ("](",)),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1", ("][",)),
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1", ("<",)),
    (re.compile(r"</?[A-Za-z][^>\n]*>"), "", ("<",)),
    (re.compile(r"`([^`\n]+)`"), r"\1", ("`",)),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2", ("**", "__")),
    (re.compile(r"(?<![\w*\\])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1", ("*",)),
    (re.compile(r"(?<![\w\\])_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1", ("_",)),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1", ("~~",)),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])"), r"\1", ("\\",)),
)
# A character of every rule's marks: a line with none of them is left as it is.
_MARKUP_MARK = re.compile(r"[\[\]<`*_~\\]")
_HEADING = re.compile(r"^\s{0,3}(?P<marks>#{1,6})\s+(?P<text>.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_RULE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_FENCE = re.compile(r"^\s*(?:```|~~~)")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def strip_inline_markup(text: str) -> str:
    """Emphasis, links, code and tags reduced to the words a reader sees."""
    if not _MARKUP_MARK.search(text):
        return text  # most lines: no rule's mark at all
    for pattern, replacement, marks in _INLINE_RULES:
        for mark in marks:
            if mark in text:
                text = pattern.sub(replacement, text)
                break
    return text


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Simple ``key: value`` front matter (lists joined with commas) and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    values: dict[str, str] = {}
    key = ""
    for line in match["yaml"].split("\n"):
        item = _LIST_ITEM.match(line)
        if item and key:
            previous = values.get(key, "")
            values[key] = f"{previous}, {_unquote(item['value'])}" if previous else _unquote(item["value"])
            continue
        pair = _KEY_VALUE.match(line)
        if pair:
            key = pair["key"].lower()
            raw = pair["value"].strip()
            if raw.startswith("[") and raw.endswith("]"):
                raw = ", ".join(_unquote(v) for v in raw[1:-1].split(",") if v.strip())
            values[key] = _unquote(raw)
    return values, text[match.end() :]


def _known(front: dict[str, str]) -> KnownMetadata:
    def first(field: str) -> str:
        return next((front[k] for k in _FIELDS[field] if front.get(k)), "")

    return KnownMetadata(
        title=strip_inline_markup(first("title")),
        outlet=first("outlet"),
        date=parse_iso_date(first("date")),
        author=first("author"),
        url=first("url"),
    )


def _block_paragraphs(block: list[str]) -> list[tuple[str, int]]:
    """Paragraphs of one block with their heading level (0 for text)."""
    out: list[tuple[str, int]] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            out.append((" ".join(current), 0))
            current.clear()

    for index, raw in enumerate(block):
        line = _QUOTE.sub("", raw)
        if _RULE.match(line) or _REFERENCE.match(line) or _FENCE.match(line) or _TABLE_SEPARATOR.match(line):
            flush()
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            out.append((heading["text"], len(heading["marks"])))
            continue
        if _SETEXT.match(line) and current and index > 0:
            text = current.pop()
            flush()
            out.append((text, 1 if line.strip().startswith("=") else 2))
            continue
        if _BULLET.match(line):
            flush()
            current.append(_BULLET.sub("", line, count=1).strip())
            continue
        current.append(line.strip().strip("|").strip() if line.strip().startswith("|") else line.strip())
    flush()
    return out


def parse_markdown(text: str, *, source: str) -> Article:
    front, rest = parse_front_matter(text)
    known = _known(front)
    paragraphs: list[str] = []
    for block in split_blocks(rest.split("\n")):
        for paragraph, level in _block_paragraphs(block):
            clean = strip_inline_markup(paragraph).strip()
            if level == 1 and not known.title and not paragraphs:
                known.title = clean
                continue
            if clean:
                paragraphs.append(clean)
    return build_article(paragraphs, known, source=source, fmt="md", hash_text=text)
