"""English offices run on into a name: "Director General of Customs and Excise Fulan".

English news names an Indonesian official by the office written out in Title Case and then the
name, often a single one, with no comma: "Minister of Public Works and Housing Fulan",
"Minister for State-Owned Enterprises Fulan Hidayat". The rules read the office's last words
("Excise", "Housing", "Owned Enterprises") as the person's first, and the archive then spreads
that form to every report of the person. Such a word is an ordinary English word of the project's
news vocabulary (:func:`english_names.ordinary_english_name`, the bilingual lexicon's English
side), it is not the first word of its capitalised run (a capitalised word, "of", "for", "and" or a
hyphen stands before it), and a word no English dictionary holds follows it: the name.

A ministry's field of ``language/english_non_names.txt`` ([portfolios]: "Affairs", "Entities")
is such a word too, whether or not the lexicon holds it. When a title cue already started the name
after the office ("Minister of Foreign Affairs Fulan said"), the office's last words are remembered
all the same: the statements layer reads the capitalised run before "said" again and must not read
"Affairs Fulan".

A given name of either list ("Grace", "Made"), a word of one or two letters (Bali's "I" and "Ni"
open names and are English words too) or a listed figure's word is never cut, nor a word on a Title
Case line, where every word is capitalised anyway.
"""

from __future__ import annotations

from kutip.index.entities.cues import Candidate
from kutip.index.entities.english_names import ordinary_english_name, portfolio_word
from kutip.index.entities.figures import full_name
from kutip.index.language import Token
from kutip.index.models import EntityType

__all__ = ["cut_office_words"]

_MIN_LETTERS = 3  # "I Gusti Ngurah Fulan": a short word may be a name's own particle
_JOINERS = frozenset({"of", "for", "and", "&"})  # "Minister of ...", "Customs and Excise"


def _inside_run(tokens: list[Token], at: int) -> bool:
    """Whether the word at ``at`` continues a capitalised run: a capitalised word or a hyphen joins it
    to the word before, or a joining word stands between it and a capitalised one."""
    if at < 1 or "\n" in tokens[at].gap:
        return False
    before = tokens[at - 1]
    if before.capitalised:
        return True
    return before.folded in _JOINERS and at >= 2 and tokens[at - 2].capitalised and "\n" not in before.gap


def _office_word(token: Token) -> bool:
    """An ordinary English word, capitalised only for the office it ends: no given name, no figure's."""
    return (
        token.capitalised
        and len(token.text) >= _MIN_LETTERS
        and not token.acronym
        and not token.title_case_line
        and full_name(token.text) is None
        and (ordinary_english_name(token.text) or portfolio_word(token.folded))
    )


def cut_office_words(tokens: list[Token], candidates: list[Candidate]) -> frozenset[str]:
    """English persons start after the office words run on to them; the folded words cut."""
    cut: set[str] = set()
    for c in candidates:
        if c.type is not EntityType.PERSON:
            continue
        cut.update(_office_before(tokens, c.first))
        whole = " ".join(tokens[k].text for k in range(c.first, c.last + 1))
        if full_name(whole) is not None:
            continue
        while c.last > c.first and _inside_run(tokens, c.first) and _office_word(tokens[c.first]):
            rest = " ".join(tokens[k].text for k in range(c.first + 1, c.last + 1))
            if ordinary_english_name(rest):  # nothing of a name would be left
                break
            cut.add(tokens[c.first].folded)
            c.first += 1
            if 0 <= c.nickname < c.first:
                c.nickname = -1
    return frozenset(cut)


def _office_before(tokens: list[Token], first: int) -> set[str]:
    """The folded office words of the capitalised run that ends right before a person's first word
    ("... of Foreign Affairs | Fulan"), back to the run's start or its first word of another kind."""
    found: set[str] = set()
    at = first
    if at < 1 or not _inside_run(tokens, at):
        return found
    at -= 1
    while at >= 0 and _office_word(tokens[at]):
        found.add(tokens[at].folded)
        if not _inside_run(tokens, at):
            break
        at -= 2 if tokens[at - 1].folded in _JOINERS else 1
    return found
