"""Short forms of a person the article also names in full, folded into the full name.

News names someone in full once ("Fulan Badu Santoso") and then by shorter forms that
skip a middle name ("Fulan Santoso") or shorten the given name to a nickname ("Ful
Santoso", "Ful"). The linker joins only forms written inside the full name word for
word, so these would be listed as separate persons. A short form is folded when exactly
one longer person of the article can be meant:

- its words appear in the longer name in order, from the same first word;
- or its first word is a nickname, the start of the longer name's given name (four
  letters or more), and the rest ends with the longer name's family name.

A nickname alone is left apart: "Hendra" beside "Hendrawan Saputra" is often someone else.
"""

from __future__ import annotations

from kutip.index.language import fold, words
from kutip.index.models import Entity, EntityType, absorb
from kutip.index.names import is_short_form_words, words_in_order

__all__ = ["fold_short_forms", "is_shorter_form"]

NICKNAME_LETTERS = 4  # a nickname is the start of the given name, this long at least ("Ful" is too short)


def _nickname(short: str, given: str) -> bool:
    return len(short) >= NICKNAME_LETTERS and len(short) < len(given) and given.startswith(short)


def is_shorter_form(short: list[str], long: list[str]) -> bool:
    """Whether the name ``short`` (folded words) is a shorter way of writing the name ``long``.

    Both must start from the same given name: "Fulan Santoso" is not "Sari Fulan Santoso" (a
    wife is often named by her husband's full name after her own).
    """
    if not short or len(short) > len(long):
        return False
    if len(short) >= 2 and is_short_form_words(short, long):
        return True  # "Fulan Santoso" in "Fulan Badu Santoso"
    # "Ful Santoso" for "Fulan Badu Santoso"; "Ful" alone may be another person ("Hendra", "Hendrawan")
    if len(short) < 2 or not _nickname(short[0], long[0]):
        return False
    return short[-1] == long[-1] and words_in_order(short[1:], long, 1)


def fold_short_forms(entities: list[Entity]) -> list[Entity]:
    """``entities`` with each person's short forms folded into its one fuller name."""
    persons = [e for e in entities if e.type is EntityType.PERSON]
    keys = {id(e): [fold(w) for w in words(e.name.replace("-", " "))] for e in persons}
    folded: set[int] = set()
    # a short form and its full name share the given name's first letters: compare only those
    by_start: dict[str, list[Entity]] = {}
    for e in persons:
        if keys[id(e)]:
            by_start.setdefault(keys[id(e)][0][:NICKNAME_LETTERS], []).append(e)
    # the longest short forms first: "Fulan Santoso" joins "Fulan Badu Santoso" before "Fulan"
    # is weighed by the linker's rules elsewhere; a short form meets fewer longer names
    for short in sorted(persons, key=lambda e: -len(keys[id(e)])):
        if id(short) in folded or not keys[id(short)]:
            continue
        longer = [
            e
            for e in by_start[keys[id(short)][0][:NICKNAME_LETTERS]]
            if e is not short and id(e) not in folded and is_shorter_form(keys[id(short)], keys[id(e)])
        ]
        if len(longer) != 1:
            continue
        absorb(longer[0], short)
        folded.add(id(short))
    return [e for e in entities if id(e) not in folded]
