"""Punctuation helpers the hand-written templates share.

Manuals agree on a few mechanical rules, kept here so every style applies them
the same way: a title that ends in ``?`` or ``!`` takes no extra period or comma,
and double quotation marks inside a quoted title or quote become single ones.
"""

from __future__ import annotations

import re

from kutip.index.citations.names import PersonName
from kutip.index.citations.source import Quote
from kutip.index.language.wordlists import folded_set

__all__ = [
    "Emphasis",
    "attributed_quote",
    "ends_sentence",
    "inner_quotes",
    "period",
    "quote_body",
    "short_title",
]

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_ARTICLES_EN = {"a", "an", "the"}
SHORT_TITLE_WORDS = 4
_SHORT_TITLE_MIN_WORDS = 2


def clean(text: str) -> str:
    """One line of text: control characters and runs of whitespace become single spaces."""
    return " ".join(_CONTROL.sub(" ", text).split())


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(("?", "!", "."))


def period(text: str) -> str:
    """``text`` closed with a period unless it already ends a sentence."""
    return text if ends_sentence(text) else f"{text}."


def period_after(text: str, styled: str) -> str:
    """``styled`` (``text`` in italics, say) closed with a period unless ``text`` ends a sentence."""
    return styled if ends_sentence(text) else f"{styled}."


def inner_quotes(text: str) -> str:
    """Double quotation marks nested inside a quotation become single ones."""
    text = re.sub(r'"([^"]*)"', "‘\\1’", text)
    return text.replace("“", "‘").replace("”", "’")


def quoted(text: str, closing: str = "") -> str:
    """``“text,”``: closing punctuation inside the marks, American style, unless ``?``/``!`` ends it."""
    text = inner_quotes(text)
    if closing and not text.endswith(("?", "!")):
        text = text.rstrip(".") + closing
    return f"“{text}”"


_EDGE_PUNCTUATION = ",.:;!?\"'“”‘’()[]"


_LINKING_WORDS = "language/title_linking_words.txt"  # words a short title never ends on


def short_title(title: str, lang: str = "") -> str:
    """The first four words, for short notes and in-text citations (English leading article dropped), up
    to the last that is no linking word."""
    words = title.split()
    if lang != "id" and len(words) > 1 and words[0].casefold() in _ARTICLES_EN:
        words = words[1:]
    kept = words[:SHORT_TITLE_WORDS]
    # a title cut short ends on a key word ("Mayor Hopes the" -> "Mayor Hopes"), as the manuals' examples do
    linking = folded_set(_LINKING_WORDS) if len(words) > len(kept) else frozenset()
    while len(kept) > _SHORT_TITLE_MIN_WORDS and kept[-1].strip(_EDGE_PUNCTUATION).casefold() in linking:
        kept = kept[:-1]
    short = " ".join(kept).rstrip(",.:;&—–- ")
    if short.startswith("[") and not short.endswith("]"):
        short = f"{short.rstrip('…')}…]"  # a bracketed description stays bracketed
    return _closed_quotes(short)


_QUOTE_PAIRS = (("“", "”"), ("‘", "’"), ("«", "»"))


def _closed_quotes(short: str) -> str:
    """A short title cut inside a quotation the title holds (`Menteri: “Kami Siap` of `Menteri: “Kami Siap
    Bekerja”`) closes it, so the citation's own marks still pair."""
    for opening, closing in _QUOTE_PAIRS:
        last = short.rfind(opening)
        if last >= 0 and closing not in short[last:]:
            short += closing
    if short.count('"') % 2:
        short += '"'
    return short


def quote_body(quote: Quote) -> str:
    """The quote's words, trailing comma or period dropped (the citation supplies punctuation)."""
    return clean(quote.text).rstrip(",.;: ")


def attributed_quote(quote: Quote, closing: str = "") -> str:
    """``Speaker, role: “words”``; reported speech is marked and never put in quotation marks.

    ``closing`` punctuation goes inside the closing quotation mark, American style.
    """
    who = ", ".join(x for x in (clean(quote.speaker), clean(quote.role)) if x)
    body = quote_body(quote)
    if quote.direct:
        body = quoted(body, closing)
        return f"{who}: {body}" if who else body
    if closing and not body.endswith(("?", "!")):
        body += closing
    return f"{who} (reported speech): {body}" if who else f"(reported speech) {body}"


class Emphasis:
    """Italics for outlet names and standalone titles: Markdown ``*…*``, or nothing in plain text."""

    def __init__(self, on: bool) -> None:
        self.on = on

    def __call__(self, text: str) -> str:
        if not self.on or not text:
            return text
        escaped = text.replace("*", r"\*").replace("_", r"\_")
        return f"*{escaped}*"


def family_or_literal(name: PersonName) -> str:
    return name.family or name.literal
