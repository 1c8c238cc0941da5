"""Kickers and topic tags over a headline ("KRI Contoh 401" over "Sosok Awak KRI Contoh 401: …"): a few
words the headline below repeats or frames, which label the story and are no headline of their own.
"""

from __future__ import annotations

from kutip.index.ingest.headline_page import MIN_SCORE, HeadPage
from kutip.index.ingest.headline_words import TITLE_CASE, WORD, content_words, title_case_share

__all__ = ["under_capitals_tag", "without_kickers"]

# A topic tag or kicker above the headline ("KRI Contoh 401" over "Sosok Awak KRI Contoh 401: …")
# is a few words the headline below it repeats; it is no headline of its own.
_KICKER_MAX_WORDS = 5
_KICKER_REACH = 2


def without_kickers(scored: list[tuple[float, int]], texts: list[str]) -> list[tuple[float, int]]:
    """Scores with a short candidate dropped when a candidate just below it contains all its words
    and is at least twice as long: the short one labels the story, the long one is its headline."""
    out = list(scored)
    for position, (score, index) in enumerate(scored):
        words = WORD.findall(texts[index])
        if score == float("-inf") or len(words) > _KICKER_MAX_WORDS:
            continue
        own = {w.casefold() for w in words}
        for later_score, later in scored[position + 1 : position + 1 + _KICKER_REACH]:
            longer = WORD.findall(texts[later])
            if (
                later_score >= MIN_SCORE
                and len(longer) >= 2 * len(words)
                and (
                    own <= {w.casefold() for w in longer}
                    or _tag_over_headline(texts[index], texts[later])
                    or _topic_over_headline(words, index, later, longer)
                )
            ):
                out[position] = (float("-inf"), index)
                break
    return out


# "Adik Bupati Contoh Tewas" over "Tewasnya Adik Bupati Contoh di Sukamaju Disebut …": a topic tag the
# headline below words its own way; most of the tag's words, or their stems, are the headline's, and
# the headline is in title case too (a sentence-case line below is the dek, which repeats a headline).
_TAG_SHARED = 0.75
_STEM_CHARS = 4


def _tag_over_headline(tag: str, headline: str) -> bool:
    own = [w.casefold() for w in content_words(tag)]
    below = [w.casefold() for w in content_words(headline)]
    if not own or title_case_share(content_words(headline)) < TITLE_CASE:
        return False
    shared = sum(1 for w in own if any(b == w or (len(w) >= _STEM_CHARS and b.startswith(w)) for b in below))
    return shared / len(own) >= _TAG_SHARED


# "Ibu Kota Baru" straight over "Bicara di Contoh, Gubernur Fulan Sebut …": a site's topic tag (the running
# story the page files it under) need share no word with the headline under it; three words at most,
# the line under it a title-case headline at least three times as long.
_TOPIC_MAX_WORDS = 3
_TOPIC_RATIO = 3


def _topic_over_headline(words: list[str], index: int, later: int, longer: list[str]) -> bool:
    return (
        later == index + 1
        and len(words) <= _TOPIC_MAX_WORDS
        and len(longer) >= _TOPIC_RATIO * len(words)
        and (title_case_share(content_words(" ".join(longer))) >= TITLE_CASE or _capitals_tag(words, longer))
    )


# "WAR ON CONTOH" over "Leaders back a plan for Contoh, call for talks": a tag in capitals over an English
# headline in sentence case, which sites print below their topic labels as often as in title case; the
# line below is no capitals dek of a capitals headline (it is mixed case) and shares a word with the tag.
def under_capitals_tag(index: int, page: HeadPage) -> bool:
    """True for the line straight under the page's first real line when that line is such a tag."""
    if index != page.first_real + 1:
        return False
    tag = WORD.findall(page.head[index - 1])
    longer = WORD.findall(page.head[index])
    return (
        len(tag) <= _TOPIC_MAX_WORDS and len(longer) >= _TOPIC_RATIO * len(tag) and _capitals_tag(tag, longer)
    )


def _capitals_tag(words: list[str], longer: list[str]) -> bool:
    below = {w.casefold() for w in longer}
    return (
        all(w.isupper() for w in words if w[:1].isalpha())
        and not all(w.isupper() for w in longer if w[:1].isalpha())
        and any(w.casefold() in below for w in content_words(" ".join(words)))
    )
