"""JSON and JSON Lines exports: one article per object, fields under their common names.

A bad record costs only itself: it becomes a warning and the other records load.
A bad file costs only itself: JSON nested deeper than Python can read, numbers
too long to convert and broken ``\\u`` escapes (lone surrogates, which no store can
encode) become a skip or a warning, never a traceback.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from kutip.index.ingest.build import KnownMetadata, build_article
from kutip.index.ingest.dates import parse_iso_date
from kutip.index.ingest.errors import SkipFile
from kutip.index.ingest.metadata import detect_title
from kutip.index.ingest.text import paragraphs_from_lines
from kutip.index.models import Article

__all__ = ["parse_json", "parse_json_lines"]

FIELDS = {
    "text": ("text", "body", "content", "article", "full_text", "fulltext"),
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url", "canonical", "permalink", "source_url", "og_url"),
    "date": (
        "date",
        "published",
        "published_at",
        "publishedAt",
        "pubdate",
        "date_published",
        "datePublished",
    ),
    "outlet": ("outlet", "source", "site", "publisher", "site_name", "sitename"),
    "author": ("author", "byline", "authors"),
}
# Wrappers some exporters put around the array of articles.
_CONTAINERS = ("articles", "items", "records", "data", "results")
_TAG = re.compile(r"<[^>]+>")
_BREAK_TAG = re.compile(r"</p\s*>|<br\s*/?>|</div\s*>|</h\d\s*>", re.I)
_LOOKS_HTML = re.compile(r"<(?:p|br|div|span|a|h\d)\b", re.I)
_SURROGATE = re.compile("[\ud800-\udfff]")
_MAX_FIELD_DEPTH = 4  # a field nested deeper than this holds no article text


def _loads(text: str) -> Any:
    """``json.loads``; every way it can fail (not only JSONDecodeError) becomes a ValueError."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"malformed JSON ({error.msg} at line {error.lineno})") from None
    except RecursionError:
        raise ValueError("JSON nested too deeply to read") from None
    except ValueError:  # an integer thousands of digits long, which Python refuses to convert
        raise ValueError("malformed JSON (a number too long to read)") from None


def _repair_surrogates(data: Any) -> int:
    """Replace lone surrogates (from broken ``\\u`` escapes) in every string, in place; how many."""
    count = 0
    stack = [data] if isinstance(data, dict | list) else []
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            pairs: Iterable[tuple[Any, Any]] = list(item.items())
        else:
            pairs = enumerate(item)
        for key, value in pairs:
            if isinstance(value, str) and _SURROGATE.search(value):
                count += len(_SURROGATE.findall(value))
                item[key] = _SURROGATE.sub("\ufffd", value)
            elif isinstance(value, dict | list):
                stack.append(value)
    return count


def _surrogate_warning(count: int) -> str:
    return f"replaced {count} broken \\u escape{'s' if count != 1 else ''} (lone surrogates) with U+FFFD"


def _as_text(value: Any, joiner: str = ", ", depth: int = 0) -> str:
    """A field value as text: strings, numbers, objects with a name, or lists of these."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value) if isinstance(value, float) or value.bit_length() < 64 else ""
    if depth >= _MAX_FIELD_DEPTH:
        return ""
    if isinstance(value, dict):
        return _as_text(value.get("name") or value.get("title") or value.get("text") or "", depth=depth + 1)
    if isinstance(value, list):
        return joiner.join(part for part in (_as_text(v, depth=depth + 1) for v in value) if part)
    return ""


def _field(record: dict[str, Any], name: str) -> str:
    # A text given as a list is a list of paragraphs; any other list is a list of names.
    joiner = "\n\n" if name == "text" else ", "
    for key in FIELDS[name]:
        value = _as_text(record.get(key), joiner)
        if value:
            return value
    return ""


def _html_to_text(text: str) -> str:
    text = _BREAK_TAG.sub("\n\n", text)
    return html.unescape(_TAG.sub("", text))


def _article(record: dict[str, Any], *, source: str, fmt: str, locator: str) -> Article:
    text = _field(record, "text")
    if not text:
        raise SkipFile("no text, body or content field")
    if _LOOKS_HTML.search(text):
        text = _html_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    known = KnownMetadata(
        title=_field(record, "title").replace("\n", " "),
        outlet=_field(record, "outlet"),
        date=parse_iso_date(_field(record, "date")),
        author=_field(record, "author"),
        url=_field(record, "url"),
    )
    lines = text.split("\n")
    if not known.title:
        known.title, lines = detect_title(lines)
    return build_article(
        paragraphs_from_lines(lines),
        known,
        source=source,
        fmt=fmt,
        locator=locator,
        hash_text=f"{known.title}\n{text}",
    )


def _load_records(
    records: Iterator[tuple[str, Any]], *, source: str, fmt: str, warnings: list[str]
) -> list[Article]:
    articles: list[Article] = []
    problems: list[str] = []
    for locator, record in records:
        where = f"record {locator}" if locator else "the record"
        if not isinstance(record, dict):
            problems.append(f"{where} skipped: not a JSON object")
            continue
        try:
            articles.append(_article(record, source=source, fmt=fmt, locator=locator))
        except SkipFile as skip:
            problems.append(f"{where} skipped: {skip.reason}")
        except RecursionError:
            problems.append(f"{where} skipped: nested too deeply to read")
    if not articles:
        detail = f" ({problems[0]})" if problems else ""
        raise SkipFile(f"no usable record{detail}")
    warnings.extend(problems)
    return articles


def parse_json(text: str, *, source: str, warnings: list[str]) -> list[Article]:
    """An object (one article), an array of objects, or an object wrapping such an array."""
    try:
        data = _loads(text)
    except ValueError as error:
        raise SkipFile(str(error)) from None
    repaired = _repair_surrogates(data)
    if repaired:
        warnings.append(_surrogate_warning(repaired))
    if isinstance(data, dict) and not _field(data, "text"):
        wrapped = next((data[k] for k in _CONTAINERS if isinstance(data.get(k), list)), None)
        if wrapped is not None:
            data = wrapped
    if isinstance(data, list):
        numbered = ((str(i), item) for i, item in enumerate(data, start=1))
        return _load_records(numbered, source=source, fmt="json", warnings=warnings)
    return _load_records(iter([("", data)]), source=source, fmt="json", warnings=warnings)


def parse_json_lines(text: str, *, source: str, warnings: list[str]) -> list[Article]:
    """One object a line; the locator is the line number, so a user can find the record."""
    problems: list[str] = []

    def records() -> Iterator[tuple[str, Any]]:
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                record = _loads(line)
            except ValueError as error:
                problems.append(f"line {number} skipped: {str(error).replace(' at line 1', '')}")
                continue
            repaired = _repair_surrogates(record)
            if repaired:
                problems.append(f"line {number}: {_surrogate_warning(repaired)}")
            yield str(number), record

    try:
        articles = _load_records(records(), source=source, fmt="jsonl", warnings=warnings)
    except SkipFile as skip:
        if problems and skip.reason == "no usable record":
            raise SkipFile(f"no usable record ({problems[0]})") from None
        raise
    warnings[:0] = problems
    return articles
