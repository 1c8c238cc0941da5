"""The site a page keeps naming: the last resort for an outlet when nothing on the page credits one.

Small sites print their own domain again and again in what a scrape keeps (the logo's text, "Baca
juga di contoh.com", the copyright line, links to their other stories) in forms no single rule for
stamps or bylines foresees. A domain written at least twice, more often than any other, is taken as
the page's site, unless it is a platform (social networks, mail, link shorteners) or the page names
it as the source of what it reports ("dikutip dari contoh.com").
"""

from __future__ import annotations

import re
from collections import Counter

from kutip.index.ingest.outlets import display_outlet
from kutip.index.ingest.site_endings import SITE_ENDING
from kutip.index.language import fold
from kutip.index.language.wordlists import folded_set

__all__ = ["is_platform", "is_platform_name", "repeated_domain"]

_PLATFORMS = folded_set("ingest_outlet_words.txt", "platform")
_PLATFORM_NAMES = frozenset(host.split(".")[0] for host in _PLATFORMS)

# A domain written out, bare or as a web address's host; not an e-mail address's host, nor a file name.
_MENTION = re.compile(
    r"(?<![\w@.-])(?:https?://)?(?:www\.)?"
    rf"(?P<site>(?:[a-z0-9][\w-]*\.)*[a-z][\w-]{{2,}}\.{SITE_ENDING})"
    r"(?![\w-]|\.[a-z])",
    re.I,
)
# "dikutip dari contoh.com", "dikutip dari pemberitaan contoh.com", "melansir contoh.com", "via contoh.com",
# "Sumber: contoh.com", "Sebagian artikel ini telah tayang di contoh.com": another site the page reports from,
# not itself. "© contoh.com", "Foto: contoh.com": a credit, which the copyright rule reads where it stands
# (above the story it credits a lent photo).
_SOURCE_CUE = re.compile(
    r"(?:\b(?:dari|mengutip|dikutip|melansir|dilansir|lansiran|via|sumber|source|quoted|according to|"
    r"reported by|cited|citing|copyright|foto|photo|dok|ilustrasi"
    r"|sebagian artikel ini telah (?:tayang|terbit) di)"
    r"|©|\(c\))"
    r"\s*:?\s*(?:\d{4}\s*)?(?:laman|situs|website|portal|media|pemberitaan|berita|artikel)?\s*$",
    re.I,
)
_CUE_REACH = 40
_MIN_MENTIONS = 2


def _own_mentions(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for match in _MENTION.finditer(text):
        site = match["site"].casefold()
        if is_platform(site) or _SOURCE_CUE.search(text[max(0, match.start() - _CUE_REACH) : match.start()]):
            continue
        counts[_registered(site)] += 1
    return counts


def _registered(site: str) -> str:
    """``nasional.contoh.com`` and ``contoh.com`` are one site."""
    parts = site.split(".")
    keep = 3 if len(parts) >= 3 and parts[-2] in {"co", "or", "my", "web"} else 2
    return ".".join(parts[-keep:])


def is_platform(site: str) -> bool:
    """A host that is no one's newsroom: a social network, mail or video service, a link shortener."""
    parts = site.casefold().split(".")
    return any(".".join(parts[i:]) in _PLATFORMS for i in range(len(parts) - 1))


def is_platform_name(word: str) -> bool:
    """A platform written as its name, not its host ("YouTube" of youtube.com), as a caption credits the
    video or post its picture was taken from."""
    return fold(word) in _PLATFORM_NAMES


def repeated_domain(paragraphs: list[str]) -> str:
    """The one domain the page writes most, at least twice, shown as its outlet; "" when none or a tie."""
    page = "\n".join(paragraphs)
    ranked = _own_mentions(page).most_common(2)
    if not ranked or ranked[0][1] < _MIN_MENTIONS:
        return ""
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return ""
    return display_outlet(_written_form(page, ranked[0][0]))


def _written_form(text: str, site: str) -> str:
    """The page's own capitals for the site (``Contohnews.com``), from its first bare mention."""
    for match in _MENTION.finditer(text):
        written: str = match["site"]
        if written.casefold() == site:
            return written[0].upper() + written[1:] if written.islower() else written
    return site[0].upper() + site[1:]
