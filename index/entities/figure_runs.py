"""A listed figure's name that runs on into other words: "Jokowi Ngobrol Rahasia", "isu Jokowi PKI".

Headlines and link lists capitalise every word, and a figure's nickname is often followed by a
verb or an acronym, so the rules take one run for one name. The nickname list knows where the
figure's name ends.
"""

from __future__ import annotations

from kutip.index.entities.cues import Candidate
from kutip.index.entities.dictionary import is_derived_word, stem
from kutip.index.entities.features import first_names
from kutip.index.entities.figure_words import figure_word
from kutip.index.entities.figures import full_name
from kutip.index.entities.headline_verbs import is_headline_verb
from kutip.index.entities.headlines import is_plain_word
from kutip.index.entities.lexicon import lexicon
from kutip.index.language import Token, fold, words, written_lower
from kutip.index.models import EntityType

__all__ = ["cut_at_figures", "is_passive_verb", "trim_headline_verbs"]


def cut_at_figures(tokens: list[Token], candidates: list[Candidate]) -> None:
    """Person runs that open with a listed figure's name and run on into other words end at the name.

    "Jokowi Ngobrol Rahasia" in a link's headline, "isu Jokowi PKI": the words after the figure are
    an acronym or words the article writes in lower case, or (in a Title Case line) one word that is
    no given name; either way a word the article's prose never capitalises, so no part of the name.
    """
    lower = written_lower(tokens)
    alone = {t.folded for t in tokens if t.capitalised and not t.title_case_line}
    for c in candidates:
        if c.type is not EntityType.PERSON or c.last == c.first:
            continue
        if _opener_before_figure(tokens, c):
            c.first += 1  # "Perintah Prabowo kepada kami ...": the sentence's noun, then the figure
            if c.nickname >= 0 and c.nickname < c.first:
                c.nickname = -1
            if c.last == c.first:
                continue
        if full_name(" ".join(t.text for t in tokens[c.first : c.last + 1])) is not None:
            continue  # "Sri Mulyani Indrawati", "Iriana Jokowi": the whole run is listed
        for end in range(c.last - 1, c.first - 1, -1):
            run = " ".join(t.text for t in tokens[c.first : end + 1])
            full = full_name(run) or (figure_word(run) if end == c.first else None)  # "Gibran Tinjau ..."

            if full is None:
                continue
            rest = tokens[end + 1 : c.last + 1]
            own = {fold(w) for w in words(full)}
            if any(t.folded in own or full_name(t.text) is not None for t in rest):
                break  # "Jokowi Widodo", "Jokowi JK": the figure's own name, or a pair of figures
            # "PKI", a word the article writes in lower case; never a word it capitalises in its prose
            ordinary = all(t.acronym or (t.folded in lower and t.folded not in alone) for t in rest)
            headline = (
                len(rest) == 1
                and rest[0].title_case_line
                and rest[0].folded not in first_names()
                and rest[0].folded not in alone
            )
            if ordinary or headline:
                c.last = end
            break


def _opener_before_figure(tokens: list[Token], c: Candidate) -> bool:
    """Whether the run opens its sentence with an everyday word that is no given name, title or honorific,
    followed by nothing but a listed figure's name or distinctive word ("Perintah Prabowo", "Soal Jokowi")."""
    first = tokens[c.first]
    if not first.sentence_start or first.folded in first_names() or not is_plain_word(first.folded):
        return False
    lex = lexicon()
    if first.folded in lex.title_starts or first.folded in lex.common:
        return False  # "Presiden Prabowo", "Pak Jokowi": the title or address is read elsewhere
    rest = " ".join(t.text for t in tokens[c.first + 1 : c.last + 1])
    return full_name(" ".join(t.text for t in tokens[c.first : c.last + 1])) is None and (
        full_name(rest) is not None or figure_word(rest) is not None
    )


_PASSIVE_PREFIXES = ("di", "ter")
_PASSIVE_MIN = 7  # "Diundang", "Dituding"; "Dimas", "Diana" are names
_ROOT_MIN = 4


def is_passive_verb(folded: str) -> bool:
    """A passive verb of a known root ("diundang", "terpukul"): it opens or ends a headline's clause,
    never a name."""
    if len(folded) < _PASSIVE_MIN or not folded.startswith(_PASSIVE_PREFIXES) or not is_derived_word(folded):
        return False
    root = stem(folded)
    return len(root) >= _ROOT_MIN and folded.endswith(root)


def trim_headline_verbs(tokens: list[Token], candidates: list[Candidate]) -> None:
    """Person runs lose a capitalised passive verb at either end, as headlines and link lists write them
    ("Diundang Fulan-Badu ke ...", "Fulan Hidayat Dituding Bohong"), and end before a listed headline
    verb after their first word ("Fulan Usut Kasus", :mod:`.headline_verbs`): the name is the words
    beside it.

    A given name a root can be read into ("Tersono" as ter- + a root) is no verb where prose
    capitalises it before more name words: mid-sentence outside a Title Case line, or alone
    mid-sentence elsewhere, and never written in lower case (see :func:`_prose_name_word`)."""
    prose: frozenset[str] | None = None
    for c in candidates:
        if c.type is not EntityType.PERSON or c.first == c.last:
            continue
        if is_passive_verb(tokens[c.first].folded):
            if prose is None:
                prose = _prose_capitals(tokens)
            if not _prose_name_word(tokens[c.first], prose):
                c.first += 1
        listed = next((k for k in range(c.first + 1, c.last + 1) if is_headline_verb(tokens[k].folded)), None)
        if listed is not None:  # "Fulan Usut Kasus": a listed headline verb, never a name word
            c.last = listed - 1
        verbs = [k for k in range(c.first + 1, c.last + 1) if is_passive_verb(tokens[k].folded)]
        if verbs and verbs[0] - c.first >= 2:  # the name keeps two words at least
            c.last = verbs[0] - 1


def _prose_capitals(tokens: list[Token]) -> frozenset[str]:
    """Words the article capitalises mid-sentence in its prose and never writes in lower case."""
    lower = written_lower(tokens)
    return frozenset(
        t.folded
        for t in tokens
        if t.capitalised and not t.sentence_start and not t.title_case_line and t.folded not in lower
    )


def _prose_name_word(token: Token, prose: frozenset[str]) -> bool:
    """A run's first word that prose capitalises as a name ("Menkes) Tersono Badu", "kata Tersono"):
    a passive verb opens a headline's clause, and running prose writes it in lower case."""
    return token.folded in prose and not token.title_case_line
