"""Roles as comparable keys, and the roles an article gives a person in apposition.

"Menkeu", "Menteri Keuangan" and "finance minister" are one role (``roles.tsv``);
"Kapolda Jawa Barat Irjen Pol." is the role "kepala kepolisian daerah jawa barat" once
its trailing rank is gone. A role held formerly ("mantan Menkeu") says nothing about who
holds it now, so it gives no key.
"""

from __future__ import annotations

import re

from kutip.index.people.lexicon import folded_words, people_lexicon

__all__ = ["role_after", "role_before", "role_key", "role_words"]

_PARENTHESIS = re.compile(r"\(([^()]*)\)")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_LOOK_BACK = 120  # characters before a name searched for its role
_LOOK_AHEAD = 90  # characters after a name searched for a role set off by commas
# "Fulan, Menteri Keuangan, mengatakan", "Fulan, the finance minister, said"
_AFTER = re.compile(r"^\s*,\s*(?:the\s+|an?\s+|yang\s+juga\s+)?([^,.;:()\"“”\n]{2,70}?)\s*[,.;]")
_MAX_ROLE_WORDS = 10


def _title_starts() -> frozenset[str]:
    """First words of the entity gazetteer's titles (imported late: the analysers are heavy)."""
    from kutip.index.entities.lexicon import lexicon

    return lexicon().title_starts


def _mapped(found: list[str]) -> tuple[str, ...]:
    lex = people_lexicon()
    out: list[str] = []
    at = 0
    while at < len(found):
        for size in range(min(lex.longest_role, len(found) - at), 0, -1):
            target = lex.roles.get(tuple(found[at : at + size]))
            if target is not None:
                out.extend(target)
                at += size
                break
        else:
            out.append(found[at])
            at += 1
    return tuple(out)


def role_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """Folded words with each short or English form of a role spelt out: ("menkeu",) ->
    ("menteri", "keuangan"); ("the", "finance", "minister") -> ("the", "menteri", "keuangan")."""
    return _mapped(list(words))


def _plain_key(text: str) -> tuple[str, ...]:
    lex = people_lexicon()
    found = [w for w in folded_words(text) if w not in lex.fillers]
    while found and found[-1] in lex.ranks:
        found.pop()
    while found and found[0] in lex.ranks:
        found = found[1:]
    return _mapped(found)


def role_key(written: str | None) -> str:
    """The canonical folded role of a written role, "" when it is none or a former one.

    A parenthesised short form that is a known role wins ("Menteri Pendidikan dan
    Kebudayaan (Mendikbud)"); other parenthesised text is dropped ("PT Pertamina (Persero)").
    """
    if not written:
        return ""
    lex = people_lexicon()
    if any(w in lex.former for w in folded_words(written)):
        return ""
    for inner in _PARENTHESIS.findall(written):
        key = _plain_key(inner)
        if key and tuple(key) in lex.roles.values():
            return " ".join(key)
    key = _plain_key(_PARENTHESIS.sub(" ", written))
    if not key or not _is_role(key):
        return ""
    return " ".join(key)


def _is_role(key: tuple[str, ...]) -> bool:
    """Starts with a title word (the entity gazetteer's) or is a known role form."""
    return key[0] in _title_starts() or key in people_lexicon().roles.values()


def role_before(body: str, start: int, stop: int = 0) -> str:
    """The role written right before a name ("… kata Menteri Keuangan Fulan") as a key, or "".

    Walks back from ``start`` (not past ``stop``, the end of the previous person's name)
    over capitalised words and connectors ("dan") joined by spaces, parentheses or a rank's
    abbreviation dot, then keeps the run from its first title word.
    """
    lex = people_lexicon()
    offset = max(0, start - _LOOK_BACK, stop)
    text = body[offset:start]
    tokens = list(_WORD.finditer(text))
    run: list[re.Match[str]] = []
    end = len(text)
    for match in reversed(tokens):
        gap = text[match.end() : end]
        word = match.group()
        folded = folded_words(word)
        if not folded:
            break
        dotted = gap.strip().startswith(".") and folded[0] in lex.ranks
        if gap.strip(" ()\u00a0") and not dotted:
            break
        if not (word[:1].isupper() or folded[0] in lex.fillers):
            if folded[0] in lex.former:
                return ""
            break
        run.insert(0, match)
        end = match.start()
        if len(run) >= _MAX_ROLE_WORDS:
            break
    titles = _title_starts()
    for match in run:
        first = folded_words(match.group())[0]
        if first in lex.former:
            return ""
        if first in titles or first in lex.role_starts:
            return role_key(text[match.start() :])
    return ""


def role_after(body: str, end: int, stop: int | None = None) -> str:
    """The role set off after a name ("Fulan, Menteri Keuangan, …", "Fulan, the finance minister,"), or "".

    Only up to ``stop`` (the next person's name), and only when the words start with a title.
    """
    limit = min(len(body), end + _LOOK_AHEAD, stop if stop is not None else len(body))
    match = _AFTER.match(body[end:limit])
    if match is None:
        return ""
    words = folded_words(match.group(1))
    if not words or not (words[0] in _title_starts() or words[0] in people_lexicon().role_starts):
        return ""
    if words[-1] in people_lexicon().ranks:  # "Fulan, Kapolda Bali Irjen Pol. Badu": the next name's role
        return ""
    return role_key(match.group(1))
