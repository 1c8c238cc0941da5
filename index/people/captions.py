"""Full names written only in an article's captions: a story that calls someone by one word in
its prose (``Kumalasari``) often gives the whole name under its photos (``Artis Barbie
Kumalasari saat ditemui …``), lines the ingest keeps as furniture, outside the body."""

from __future__ import annotations

from collections.abc import Iterable

from kutip.index.entities.features import first_names
from kutip.index.language import fold
from kutip.index.models import Entity
from kutip.index.statements.runs import name_runs, not_a_name, split_run

__all__ = ["caption_names"]

_MAX_LINE = 400  # a caption is a line or two; longer furniture is a widget or a list
_MAX_NAME_WORDS = 4


def caption_names(furniture: Iterable[str], persons: list[Entity]) -> list[tuple[str, str]]:
    """(one-word name, full name) for each one-word person of the prose whose full name the
    captions write, one way only: every caption form ending in the word ends in the shortest
    of them (``Barbie Kumalasari``, ``Artis Barbie Kumalasari``), which is taken. A word the
    prose already writes as part of a longer person's name, or captions with two different
    full names for it, give nothing."""
    singles = {e.name for e in persons if len(e.name.split()) == 1}
    singles -= {e.name.split()[-1] for e in persons if len(e.name.split()) > 1}
    if not singles:
        return []
    forms: dict[str, set[tuple[str, ...]]] = {}
    for line in furniture:
        if len(line) > _MAX_LINE:
            continue
        for run in name_runs(line, 0, len(line)):
            kind, toks = split_run(run)
            if toks and toks[0].start == run[0].start and _opens(line, run[0].start):
                # capitalised by its place ("Tycoon Fulan …", "Artis Fulan …"), unless a known given name
                toks = toks if fold(toks[0].text) in first_names() else toks[1:]
            words = tuple(t.text for t in toks)
            if kind != "person" or not 2 <= len(words) <= _MAX_NAME_WORDS or words[-1] not in singles:
                continue
            if not not_a_name(list(words)):
                forms.setdefault(words[-1], set()).add(words)
    found: list[tuple[str, str]] = []
    for short, written in sorted(forms.items()):
        shortest = min(written, key=len)
        if all(form[len(form) - len(shortest) :] == shortest for form in written):
            found.append((short, " ".join(shortest)))
    return found


def _opens(line: str, pos: int) -> bool:
    """Whether ``pos`` opens the line or a sentence of it."""
    before = line[:pos].rstrip()
    return not before or before[-1] in ".!?:;\"“”'’-–—("
