"""The words a cue gives a speaker the page never names: ``jawab warga``, ``kata seorang
pejabat Kementerian X``, ``wrote an X user``, ``teriak para pegawai``.

Such a speaker stays unknown to the running passage (nobody's quotation goes on through them,
:mod:`.unnamed`), but the statement is shown as the page's noun phrase, the way a reader and
the shared annotation name it (``warga``, ``pejabat Kementerian X``), not as no one: the
noun after its quantifier (``seorang``, ``salah satu``, ``para``, ``an``), up to a determiner,
a relative clause, an adverb or a preposition. A phrase naming a person (``kata kerabat
Fulan``) or a proxy (``a spokesman for Fulan``, ``kuasa hukum``) speaks for someone else, not
as a group, and gives nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from .found import Found
from .group_phrase import GROUP_HEADS, group_phrase, names_a_group
from .lexicon import lexicon
from .text import tokens

_MAX_WORDS = 3
# a word that opens the noun phrase without being part of it: a quantifier or an article
_OPENERS = ("indefinite", "anaphor_pre", "singular_indefinite")
# a word that closes the noun phrase: a determiner, a relative, a preposition, an adverb, time
_CLOSERS = ("pronoun_det", "relative", "np_stop", "function", "adverb", "time", "time_mod", "other", "manner")
_QUANTITY = frozenset({"one", "two", "three", "several", "many", "puluhan", "ratusan", "ribuan", "satu"})


def group_words(
    body: str, cue: tuple[int, int], is_person: Callable[[str], bool], *, verb_first: bool = True
) -> str | None:
    """The noun phrase a cue (``cue`` as body offsets, its verb first or last) names an unnamed
    speaker by, or None when the cue's phrase is no such noun phrase."""
    lex = lexicon()
    toks = tokens(body, *cue)
    if len(toks) < 2:
        return None
    if verb_first and lex.is_verb(toks[0].text):
        phrase = toks[1:]
    elif not verb_first and lex.is_verb(toks[-1].text):
        phrase = toks[:-1]
    else:
        return None
    k = 0
    while k < len(phrase) and _opener(phrase[k].text):
        k += 1
    words = group_phrase(body, phrase, k, _CLOSERS, after=False)
    if not words or len(words) > _MAX_WORDS:
        return None
    shown = [w.text for w in words]
    if not verb_first and words[0].start == phrase[0].start and lex.is_any(shown[0], GROUP_HEADS):
        shown[0] = shown[0].casefold()  # "Warga mengatakan": a sentence's first word, no name
    if any(lex.is_a(w, "proxy") for w in shown):
        return None  # one speaking for someone: "a spokesman for Fulan"
    if not names_a_group(shown, is_person):
        return None  # no noun for people heads it, or "kata kuasa hukum Fulan": someone's proxy
    return " ".join(shown)


def _opener(word: str) -> bool:
    return lexicon().is_any(word, _OPENERS) or word.casefold() in _QUANTITY


class GroupFloor:
    """The unnamed speakers of one body as shown: a cue naming a group by a noun gives the
    statement that noun; a clitic right after it (``"…," ungkap warga.`` then ``"…,"
    sambungnya``) goes on with it, as the running passage stays unknown for everything else."""

    def __init__(self, body: str, is_person: Callable[[str], bool]) -> None:
        self.body = body
        self.is_person = is_person
        self.last: str | None = None

    def shown(self, f: Found, speaker: str | None) -> str | None:
        """The speaker to show for ``f``: ``speaker`` when named, else the group its cue names."""
        if speaker is not None:
            self.last = None
            return speaker
        group = None
        if f.cue is not None and f.ref.kind == "office" and not f.ref.words:
            group = group_words(self.body, f.cue, self.is_person) or group_words(
                self.body, f.cue, self.is_person, verb_first=False
            )
        elif f.ref.kind == "pronoun" and not any(lexicon().is_a(w, "personal") for w in f.ref.words):
            group = self.last  # "sambungnya" after "ungkap warga": the same group goes on
        self.last = group
        return group
