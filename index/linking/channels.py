"""The channel a quote was taken from, read from the words around it.

"..., kata Nicke, dikutip dari akun Instagram-nya" is a post, not the remark the same
person made to reporters the day before in nearly the same words. A quote whose
attribution names a channel (social media, a written statement: the phrases are
language data in ``index/data/linking_channels.tsv``) is linked only with quotes from
the same channel; one without is taken as spoken. A quote naming none in an article that
credits the speaker's other quotes to one channel (and none to a spoken occasion) is marked
as maybe from it (``~social``, :mod:`context`): still taken as spoken, but let join a report of
that channel in near-identical words (:func:`update.posted_alike`: another outlet quoting the
same post names where it came from).

Indonesian writes a channel's owner on the noun itself (``akun Twitternya``, ``cuitannya``,
``Instagramnya``): the phrases are found with the clitic too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from kutip.index.language import lines

__all__ = [
    "MAYBE",
    "SAID",
    "SOCIAL",
    "SPOKEN",
    "TOLD",
    "attribution",
    "channel_among",
    "channel_of",
    "channels_in",
    "channels_named",
    "heard",
    "maybe",
    "named_none",
    "said_or_channel",
    "spoken",
]

_BEFORE = 160  # characters before the quote searched for "Melalui akun Instagram-nya, ..."
_AFTER = 200  # characters after it, up to the end of the attribution's sentence
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, str] = {}
    for line in lines("linking_channels.tsv"):
        phrase, _, channel = line.partition("\t")
        table[" ".join(phrase.casefold().split())] = channel.strip()
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternatives})(?:-?nya)?(?!\w)"), table


def attribution(body: str, start: int, end: int) -> str:
    """The words around the quote at ``body[start:end]`` in its own sentence, the quote left out:
    the lead-in before it and the attribution after it, where reporters name channel, occasion and day."""
    after = body[end : end + _AFTER]
    cut = _SENTENCE_END.search(after)
    after = after[: cut.start()] if cut else after
    before = body[max(0, start - _BEFORE) : start]
    ends = list(_SENTENCE_END.finditer(before))
    before = before[ends[-1].end() :] if ends else before
    return f"{before} {after}"


SOCIAL = "social"  # a post on social media (``linking_channels.tsv``)
SPOKEN = "spoken"  # a recording or broadcast of the remark: spoken, even if "uploaded" is said too
# said to reporters ("kepada wartawan"): spoken too, but a formula a page copying a post may write loosely
TOLD = "told"
MAYBE = "~"  # before a channel: none named, but the article credits the speaker's other quotes to it


def channels_named(body: str, start: int, end: int) -> list[str]:
    """The channels the attribution of the quote at ``body[start:end]`` names, ``SPOKEN`` among
    them, in order; empty when it names none."""
    return channels_in(attribution(body, start, end))


def channels_in(words: str) -> list[str]:
    """The channels ``words`` name, ``SPOKEN`` among them, in order (a narration's sentence
    introducing a quote: "Hal itu ia sampaikan lewat akun Instagram-nya.", :mod:`context`)."""
    pattern, table = _pattern()
    return [table.get(" ".join(m.group(1).split()), "") for m in pattern.finditer(words.casefold())]


def spoken(named: Iterable[str]) -> bool:
    """Whether ``named`` (:func:`channels_named`) says the remark was spoken: a recording of it, or
    reporters it was said to."""
    return not {SPOKEN, TOLD}.isdisjoint(named)


def channel_among(named: list[str]) -> str:
    """The channel of a quote whose attribution names ``named`` (:func:`channels_named`)."""
    return "" if not named or spoken(named) else named[0]


SAID = "said"  # the channel of a quote whose attribution names a spoken occasion: heard as none named


# A place named in the attribution ("kepada wartawan di kantornya", "told reporters at the palace"):
# the reporter was at the scene. "di depan wartawan" names the audience, not a place.
_SCENE = re.compile(r"(?<!\w)(?:di|at|in)\s+(?!(?:depan|hadapan)\b)\w", re.I)


def said_or_channel(named: list[str], words: str = "") -> str:
    """Like :func:`channel_among`, but ``SAID`` when the attribution (``words``) names the remark as
    spoken in a recording or broadcast, or said to reporters at a place it names; ``TOLD`` when as
    said to reporters and nothing more ("kata X kepada wartawan, Selasa": a formula a page copying a
    post may write too, :func:`update.said_copied`). A quote naming nothing may be another outlet's
    copy of a post or a written statement (:func:`update.copied_unnamed`); one naming a spoken
    occasion is not."""
    if SPOKEN in named or (TOLD in named and _SCENE.search(words)):
        return SAID
    return TOLD if TOLD in named else channel_among(named)


def maybe(channel: str) -> str:
    """The channel a quote that names none may have come through (``~social`` -> ``social``), else ``""``."""
    return channel[len(MAYBE) :] if channel.startswith(MAYBE) else ""


def heard(channel: str) -> str:
    """The channel as its attribution names it: a quote that names none is taken as spoken."""
    return "" if channel.startswith(MAYBE) or channel in (SAID, TOLD) else channel


def named_none(channel: str) -> bool:
    """Whether the attribution names no channel and no spoken occasion (nor the article a channel
    its speaker's other quotes came through): nothing says how the remark reached the outlet."""
    return channel == ""


def channel_of(body: str, start: int, end: int) -> str:
    """``social``, ``written`` or ``""`` for the quote at ``body[start:end]``."""
    return channel_among(channels_named(body, start, end))
