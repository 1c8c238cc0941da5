"""A description set off by a comma right after a name describes that name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kutip.index.language import folded_set

from .people import plausible_person
from .phrase import ROLE_GLUE
from .runs import not_a_name, split_run
from .text import Token, tokens

if TYPE_CHECKING:
    from .names import NameBook

_APPOSED_WINDOW = 60


def apposed_name(book: NameBook, at: int) -> str | None:
    """``… oleh Fulanah, perempuan penjual kue ini mengaku …``: a description set off
    right after a name by a comma describes that name, whoever spoke before."""
    body = book.body
    head = body[max(0, at - _APPOSED_WINDOW) : at].rstrip()
    if not head.endswith(","):
        return None
    end = at - (len(body[:at]) - len(body[:at].rstrip())) - 1
    toks = tokens(body, max(0, at - _APPOSED_WINDOW), end)
    run: list[Token] = []
    for tok in reversed(toks):
        if not tok.capitalised or (run and body[tok.end : run[0].start].strip()):
            break
        run.insert(0, tok)
    if not run or opens_sentence(body, run[0].start):
        return None  # "Namun, mantan menteri itu menilai …": a sentence adverb, not a name
    if _tail_of_title(body, toks, run[0]):
        return None  # "…, said the Minister of Religion, the …": an office's last word, no name
    if _object_of_phrase(toks, run[0]):
        return None  # "During the opening of the Sukamaju Toll Road, the minister said": fronted
    ref, _s, _e = book.analyse(run[0].start, run[-1].end, prefer_last=True)
    if ref.kind == "person" and ref.name is not None:
        return ref.name if book.is_person(ref.name) else None
    # a name the recogniser missed: the description of a person after it vouches for it
    kind, name = split_run(run)
    words = [t.text for t in name]
    if kind != "person" or not plausible_person(words) or not_a_name(words):
        return None
    book.vouch(full := book.canonical(words))
    return full




def _object_of_phrase(toks: list[Token], first: Token) -> bool:
    """Whether the capitalised run starting at ``first`` follows ``the`` or a preposition (a
    year between: ``of the 2024 Sukamaju Summit``): a thing a phrase is about, likely a fronted
    one, after which the description is the sentence's subject, not the run's apposition."""
    k = next((i for i, t in enumerate(toks) if t.start == first.start), 0)
    while k > 0 and toks[k - 1].text.isdigit():
        k -= 1
    return k > 0 and (toks[k - 1].text.casefold() == "the" or toks[k - 1].text.casefold() in ROLE_GLUE)


def _tail_of_title(body: str, toks: list[Token], first: Token) -> bool:
    """Whether the capitalised run starting at ``first`` ends a longer title-case phrase: a
    linking word right before it, and a capitalised word before that."""
    k = next((i for i, t in enumerate(toks) if t.start == first.start), 0)
    if k < 2:
        return False
    link, head = toks[k - 1], toks[k - 2]
    joined = not body[link.end : first.start].strip() and not body[head.end : link.start].strip()
    return joined and link.text in folded_set("gazetteer/cues.txt", "title_links") and head.capitalised


def opens_sentence(body: str, pos: int) -> bool:
    before = body[max(0, pos - 8) : pos].rstrip(" \t\u00a0")[-1:]
    return not before or before in ".!?:;\n\"“”'’-–—"
