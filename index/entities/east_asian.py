"""East Asian names whose family name is an everyday word: "An Se-young", "He Bing Jiao".

Chinese and Korean family names come first and are short; some are English or Indonesian
words ("An", "He", "Ma", "So") that the segmenter drops from a name's front as ordinary
words. Written inside a sentence before a given name romanised the East Asian way, such a
word is the family name: a Korean given name has a hyphenated syllable ("Se-young",
"Tae-Yong"), a Chinese one is one or two words of pinyin syllables ("Bing Jiao", "Bingjiao").
"""

from __future__ import annotations

import re

from kutip.index.entities.lexicon import lexicon
from kutip.index.language import Token, folded_set
from kutip.index.models import Entity, EntityType

__all__ = ["is_family_name_before_given", "is_korean_given", "is_pinyin", "join_pinyin_given_names"]

SURNAMES = "language/east_asian_surnames.txt"
_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)){1,3}"
)
_SYLLABLE = re.compile(_PINYIN.pattern.replace("{1,3}", ""))
_LONGEST_PINYIN = 12  # letters: three syllables at most ("Zhuangxiang")


def _all_surnames() -> frozenset[str]:
    return (
        folded_set(SURNAMES, "chinese") | folded_set(SURNAMES, "korean") | folded_set(SURNAMES, "vietnamese")
    )


def is_pinyin(word: str) -> bool:
    """Whether ``word`` (a capitalised word) spells one to three pinyin syllables ("Bing", "Bingjiao")."""
    folded = word.lower()
    return word[:1].isupper() and len(folded) <= _LONGEST_PINYIN and _PINYIN.fullmatch(folded) is not None


def is_korean_given(tokens: list[Token], k: int) -> bool:
    """ "Se-young", "Tae-Yong": a capitalised syllable, a hyphen and one more syllable."""
    if k + 1 >= len(tokens):
        return False
    first, second = tokens[k], tokens[k + 1]
    return (
        first.capitalised
        and first.text.isalpha()
        and len(first.text) <= 4
        and second.gap == "-"
        and second.text.isalpha()
        and len(second.text) <= 5
    )


def is_family_name_before_given(tokens: list[Token], i: int) -> bool:
    """Whether token ``i``, an everyday word, is an East Asian family name opening a person's name.

    Only inside a sentence ("He" opening an English sentence is the pronoun) and only before a
    given name of the East Asian shape, on the same line.
    """
    token = tokens[i]
    if token.sentence_start or token.folded not in _all_surnames() or not token.text.istitle():
        return False
    k = i + 1
    if k >= len(tokens) or not tokens[k].capitalised or tokens[k].gap != " ":
        return False
    if is_korean_given(tokens, k):
        return True
    given = [tokens[k]]
    if k + 1 < len(tokens) and tokens[k + 1].gap == " " and tokens[k + 1].capitalised:
        given.append(tokens[k + 1])
    # a Title Case line capitalises "He Can" too; "He Can Do": everyday words are no given name
    common = lexicon().common
    return not token.title_case_line and all(is_pinyin(t.text) and t.folded not in common for t in given)


def _joined_given(name: str) -> str | None:
    """ "He Bing Jiao" -> "He Bingjiao": a family name and a given name of two single pinyin syllables."""
    parts = name.split()  # Chinese family names only: "Kim Jong Un" is written in three words
    if len(parts) != 3 or parts[0].lower() not in folded_set(SURNAMES, "chinese"):
        return None
    if not all(p[:1].isupper() and p[1:].islower() and _SYLLABLE.fullmatch(p.lower()) for p in parts[1:]):
        return None
    return f"{parts[0]} {parts[1]}{parts[2].lower()}"


def join_pinyin_given_names(entities: list[Entity]) -> list[Entity]:
    """Persons whose Chinese given name a page splits into syllables take the name as pinyin writes it.

    Pinyin writes a given name as one word ("He Bingjiao"); pages also split it ("He Bing Jiao"),
    and the two spellings must be one person across an archive. The page's spelling stays an alias.
    """
    for entity in entities:
        if entity.type is not EntityType.PERSON:
            continue
        joined = _joined_given(entity.name)
        if joined is not None:
            entity.aliases = list(dict.fromkeys([entity.name, *entity.aliases]))
            entity.name = joined
    return entities
