"""A minister written short from the page's own long form: "Menkel" after "Menteri Kelautan".

The gazetteer lists the common short titles ("Menkeu", "Menpar"), but a page may clip any portfolio
the same way, and the clipped word, opening clauses ("Menkel mengatakan"), reads as a person. It is
the office when it splits into a head of ``data/language/minister_short_forms.txt`` and pieces of
two letters or more, each the first letters of a word, in order, of a portfolio the page writes
after a head's long words (a deputy's "Wamenkel" after "Menteri Kelautan" too).
"""

from __future__ import annotations

from functools import cache

from kutip.index.language import Token, fold, lines, words

__all__ = ["minister_short_form"]

_LIST = "language/minister_short_forms.txt"
_MIN_PIECE = 2  # letters: "kel" of "Kelautan"
_PORTFOLIO_REACH = 4  # capitalised words after the long form ("Kelautan dan Perikanan")
_JOINS = frozenset({"dan", "and", "&"})


@cache
def _forms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    rows = (words(line.lower()) for line in lines(_LIST))
    return tuple((row[0], tuple(row[1:])) for row in rows if len(row) >= 2)


def _portfolios(tokens: list[Token], long: tuple[str, ...]) -> list[list[str]]:
    """The capitalised words after each writing of ``long``."""
    found: list[list[str]] = []
    n = len(long)
    for k in range(len(tokens) - n):
        if tuple(t.folded for t in tokens[k : k + n]) != long:
            continue
        portfolio: list[str] = []
        for token in tokens[k + n : k + n + _PORTFOLIO_REACH]:
            if token.folded in _JOINS:
                continue
            if not token.capitalised or token.gap.strip():
                break
            portfolio.append(token.folded)
        if portfolio:
            found.append(portfolio)
    return found


def _clipped(rest: str, portfolio: list[str]) -> bool:
    """Whether ``rest`` is the first letters of the portfolio's first word, then of later words."""

    def tail(i: int, w: int) -> bool:
        if i == len(rest):
            return True
        return any(
            portfolio[n].startswith(rest[i : i + size]) and tail(i + size, n + 1)
            for n in range(w, len(portfolio))
            for size in range(len(rest) - i, _MIN_PIECE - 1, -1)
        )

    return any(
        portfolio[0].startswith(rest[:size]) and tail(size, 1)
        for size in range(len(rest), _MIN_PIECE - 1, -1)
    )


def minister_short_form(word: str, tokens: list[Token]) -> bool:
    """Whether ``word`` is a minister's, a deputy's or a ministry's short name clipped from a portfolio
    the page writes after any of the long forms ("Wamenkel" after "Menteri Kelautan")."""
    folded = fold(word)
    heads = [head for head, _ in _forms() if folded.startswith(head) and folded[len(head) :].isalpha()]
    rests = [folded[len(head) :] for head in heads if len(folded) - len(head) >= _MIN_PIECE]
    if not rests:
        return False
    portfolios = [p for _, long in _forms() for p in _portfolios(tokens, long)]
    return any(_clipped(rest, portfolio) for rest in rests for portfolio in portfolios)
