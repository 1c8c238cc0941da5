"""A person's span holds name words only: words run on to a name the article knows are cut.

A capitalised run is read as one name, and pages glue other words to names: a show's or an
account's label after it ("Fulan Official", "Fulan Spesial"), a headline's verb phrase in
Title Case ("Fulan Luapkan Unek-unek", "Fulan Beri Waktu ..."), a body or a ministry's field
written right before it ("Indo Contoh M Fulan", "Daerah Tertinggal Fulan Hidayat"). The
article itself says where the name is: another of its mentions of the person (the whole run
cut, or a word of the name written alone), or a listed figure's name. Labels are a word list
(``language/name_labels.txt``); the other words cut must be everyday Indonesian words (no given
name), so a name made of words like "Putra" or "Bangun" keeps them.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from kutip.index.entities.combine import CUED
from kutip.index.entities.composites import _ordinary
from kutip.index.entities.cues import Candidate
from kutip.index.entities.dictionary import is_derived_word, is_lower_word
from kutip.index.entities.features import first_names
from kutip.index.entities.figure_runs import is_passive_verb
from kutip.index.entities.figures import full_name
from kutip.index.entities.lexicon import Lexicon, lexicon
from kutip.index.entities.media import is_outlet_word
from kutip.index.entities.tagger import Tagging
from kutip.index.language import Token, folded_set, is_initials, written_lower
from kutip.index.models import EntityType

__all__ = ["drop_units_before_bodies", "is_affixed_verb", "split_names_from_bodies", "trim_run_ons"]

_LABELS = "language/name_labels.txt"
_VERB_AFFIXES = ("kan", "kannya")
_MIN_VERB = 6  # "Luapkan", "Tanggapi" cut only as affixed words of a dictionary root
_Key = tuple[str, ...]


@cache
def _labels() -> frozenset[str]:
    return folded_set(_LABELS)


def _run(tokens: list[Token], first: int, last: int) -> _Key:
    return tuple(tokens[k].folded for k in range(first, last + 1))


def _text(tokens: list[Token], first: int, last: int) -> str:
    return " ".join(tokens[k].text for k in range(first, last + 1))


def is_affixed_verb(word: str) -> bool:
    """ "Luapkan", "Dikenal", "Menanggapi": a -kan verb or a passive of a dictionary root, or a me- verb
    the training news writes in lower case; no given name ("Berliana", "Megawati" stay names)."""
    if len(word) < _MIN_VERB or not word.isalpha() or word in first_names():
        return False
    if word.endswith(_VERB_AFFIXES) or is_passive_verb(word):
        return is_derived_word(word)
    return word.startswith("me") and is_lower_word(word)


def _cut_labels(tokens: list[Token], c: Candidate) -> None:
    """ "Fulan Official", "Fulan Hidayat Instagram", "Fulan TRIBUN" (a photo credit's outlet in capitals)."""
    while c.last > c.first:
        token = tokens[c.last]
        outlet = token.text.isupper() and len(token.text) >= 3 and is_outlet_word(token.text)
        if token.folded not in _labels() and not (outlet and not tokens[c.first].text.isupper()):
            return
        c.last -= 1


class _Forms:
    """How the article writes its persons: every person run, and each single word written alone."""

    def __init__(self, tokens: list[Token], persons: list[Candidate], candidates: list[Candidate]) -> None:
        self.runs: Counter[_Key] = Counter(_run(tokens, c.first, c.last) for c in persons)
        # a word written alone names someone when a cue found it, or twice ("Time" in a list is a magazine)
        self.alone: Counter[str] = Counter()
        for c in candidates:
            if c.first == c.last and (c.type is None or c.type is EntityType.PERSON):
                self.alone[tokens[c.first].folded] += 2 if c.type is not None and c.cue in CUED else 1

    def written_alone(self, word: str) -> bool:
        return self.alone[word] >= 2

    def known(self, key: _Key, own: _Key) -> bool:
        """``key`` is written as a person of its own elsewhere, or names a listed figure."""
        if len(key) == 1:
            return self.written_alone(key[0]) or full_name(key[0]) is not None
        count = self.runs[key] - (1 if key == own else 0)
        return count > 0 or full_name(" ".join(key)) is not None


def _cut_tail(tokens: list[Token], c: Candidate, forms: _Forms) -> None:
    """A known name, then everyday words: "Fulan Luapkan Unek-unek", "Fulan Beri Waktu Kapolri".

    An affixed verb ends the name; otherwise every word after it must be an everyday word, and one
    such word after a one-word name stays ("Fulan Bangun").
    """
    own = _run(tokens, c.first, c.last)
    for end in range(c.last - 1, c.first - 1, -1):
        if not forms.known(_run(tokens, c.first, end), own):
            continue
        tail = [tokens[k] for k in range(end + 1, c.last + 1)]
        head = tail[0]
        if not head.capitalised or head.folded in first_names() or forms.written_alone(head.folded):
            return  # "Fulan bin Badu": a particle in lower case continues the name
        words = sum(1 for t in tail if not t.hyphenated)
        everyday = all(t.folded not in first_names() and _ordinary(t.folded) for t in tail)
        everyday = everyday and any(is_lower_word(t.folded) for t in tail)  # "Nur", "Rangga" are names too
        if is_affixed_verb(head.folded) or (everyday and (words >= 2 or end > c.first)):
            c.last = end
        return


def _name_word(token: Token, forms: _Forms) -> bool:
    """A given name, or a word the article writes alone as a person."""
    return token.folded in first_names() or forms.written_alone(token.folded)


def _body_words(heads: list[Token], forms: _Forms, initial: bool) -> bool:
    """Words a body, a field or a caption writes before a name ("Daerah Tertinggal", "Unit Contoh"): no
    given name, and an acronym or a word the training news writes in lower case among them, or an
    initial opening the name after them ("Indo Contoh M Fulan"). Names made of dictionary words
    ("Rangga", "Nur") are no such words."""
    if any(_name_word(t, forms) for t in heads):
        return False
    return initial or any(t.acronym or is_lower_word(t.folded) for t in heads)


def _cut_head(tokens: list[Token], c: Candidate, forms: _Forms) -> None:
    """ "Daerah Tertinggal Fulan Hidayat" (Fulan written alone elsewhere), "Indo Contoh M Fulan": the
    name starts at the known word (or a listed figure's name)."""
    own = _run(tokens, c.first, c.last)
    if full_name(" ".join(own)) is not None:
        return
    for start in range(c.first + 1, c.last + 1):
        word = tokens[start].folded
        whole = _run(tokens, start, c.last)
        listed = len(whole) > 1 and full_name(" ".join(whole)) is not None
        if not (listed or forms.known(whole, own) or forms.written_alone(word)):
            continue
        begin = start
        while begin > c.first and is_initials(tokens[begin - 1].text):
            begin -= 1  # "M Fulan"
        heads = [tokens[k] for k in range(c.first, begin)]
        if begin == c.last and len(heads) < 2 and not listed:
            return  # "Rangga Wibisana" with "Wibisana" alone: a given name that is also a word stays
        if heads and _body_words(heads, forms, begin < start):
            c.first = begin
            if c.nickname >= 0 and c.nickname < begin:
                c.nickname = -1
        return


def _split_glued(tokens: list[Token], c: Candidate, forms: _Forms) -> Candidate | None:
    """Two persons the article writes apart, run together by a list without commas or a caption
    ("Budi Santoso Fulan Hidayat", "Fulan-Gus Badu"): the run ends with the first, the second is returned.

    Without a hyphen both halves are full names written whole elsewhere (two figures' short forms run
    together are a ticket's business: "Jokowi JK"); across a hyphen each half holds a word of a different
    person of the article."""
    own = _run(tokens, c.first, c.last)
    if full_name(" ".join(own)) is not None:
        return None
    for k in range(c.first + 1, c.last + 1):
        left, right = _run(tokens, c.first, k - 1), _run(tokens, k, c.last)
        if tokens[k].hyphenated:
            apart = _person_word(left, forms, right) and _person_word(right, forms, left)
        else:
            apart = all(len(half) > 1 and forms.runs[half] > 0 for half in (left, right))
        if apart:
            second = Candidate(k, c.last, EntityType.PERSON, c.cue)
            c.last = k - 1
            if c.nickname > c.last:
                c.nickname = -1
            return second
    return None


def _person_word(half: _Key, forms: _Forms, other: _Key) -> bool:
    """A word of ``half`` belongs to a person the article writes without the words of ``other``."""
    if any(forms.written_alone(word) for word in half):
        return True
    runs = [run for run in forms.runs if len(run) > 1 and not any(w in run for w in other)]
    return any(word in run for run in runs for word in half)


def trim_run_ons(tokens: list[Token], candidates: list[Candidate], lang: str) -> list[Candidate]:
    """Person candidates lose label, verb-phrase and body words run on to a name the article knows; two
    persons run together are split."""
    persons = [c for c in candidates if c.type is EntityType.PERSON]
    for c in persons:
        _cut_labels(tokens, c)
    if lang == "en":  # English names are often everyday words ("Mark Young")
        return candidates
    forms = _Forms(tokens, persons, candidates)
    out: list[Candidate] = []
    for c in candidates:
        out.append(c)
        if c.type is not EntityType.PERSON:
            continue
        if c.last - c.first >= 1 and full_name(_text(tokens, c.first, c.last)) is None:
            _cut_tail(tokens, c, forms)
        if c.last - c.first >= 1:
            _cut_head(tokens, c, forms)
        if c.last - c.first >= 1:
            second = _split_glued(tokens, c, forms)
            if second is not None:
                out.append(second)
    return out


_UNIT_CUES = frozenset({"title", "shape", "tagger", "antecedent", "list"})


UNIT_BELOW = 0.1  # the tagger's person probability under which such a word is a unit ("Teddy" 0.13-0.61)


def drop_units_before_bodies(tokens: list[Token], candidates: list[Candidate], tagging: Tagging) -> None:
    """A one-word person written right before a place or a body is a unit, club or office of it
    ("anggota Contohra Polda Kota", "Pelatih Contohsib Bandung", "Gubernur Prov Kota"): a person's name
    runs into no place with no comma, but a unit's does; yet a name may hold a place's word ("Irjen
    Fulan Minahasa Putra"), so the tagger must see no person there (club and unit words score 0.00-0.05).
    Speech, a given name or a listed figure outweigh."""
    starts = {c.first: c for c in candidates}
    for c in candidates:
        if c.type is not EntityType.PERSON or c.first != c.last or c.cue not in _UNIT_CUES:
            continue
        after = starts.get(c.last + 1)
        if after is None or after.type not in (EntityType.PLACE, EntityType.ORGANIZATION):
            continue
        word = tokens[c.first]
        if tokens[c.last + 1].gap != " " or word.folded in first_names() or full_name(word.text) is not None:
            continue
        if tagging.person_score(c.first, c.last) < UNIT_BELOW:
            c.type, c.weak = None, True


NAME_AFTER_BODY_AT = 0.3  # the tagger's person probability of the words after a known body


def split_names_from_bodies(
    tokens: list[Token], candidates: list[Candidate], tagging: Tagging
) -> list[Candidate]:
    """A body or place the article names, with a person's name run on after it ("Wakil Ketua Umum Partai
    Contoh Fulan Hidayat", "Kepala Dinas Sosial Kota Warsito"): the known body ends where it ends
    elsewhere (or in the gazetteer), and the words after it are a person when they are name words (no
    everyday word, body or place) the tagger reads as a person. A word the tagger is sure is a name's
    ("Harian Contoh Budiman Hidayat") is a name word when the article never writes it in lower case; after
    an office's title ("Waketum Partai Contoh Fulan") a name is expected, so less confidence will do and
    the name is titled."""
    lex = lexicon()
    lower = written_lower(tokens)
    bodies = Counter(
        _run(tokens, c.first, c.last)
        for c in candidates
        if c.type in (EntityType.ORGANIZATION, EntityType.PLACE)
    )
    out: list[Candidate] = []
    for c in candidates:
        out.append(c)
        if c.type not in (EntityType.ORGANIZATION, EntityType.PLACE) or c.last - c.first < 1:
            continue
        if c.cue == "brand":  # "Suzuki Ecstar": a maker and its sponsor, no one's name after the maker
            continue
        own = _run(tokens, c.first, c.last)
        # "Kepala Seksi Pemantauan Dinas Contoh DKI Jakarta Fulan": after an office's title, a body
        # closing on a place the gazetteer knows (its region) ends there too
        regional = c.type is EntityType.ORGANIZATION and _after_title(tokens, c.first, lex)
        for end in range(c.last - 1, c.first - 1, -1):
            head = _run(tokens, c.first, end)
            written = [tokens[k].text for k in range(c.first, end + 1)]
            known = bodies[head] - (head == own) > 0 or lex.entry(written, list(head)) is not None
            if not known and not (regional and _ends_in_place(tokens, c.first, end, lex)):
                continue
            rest = [tokens[k] for k in range(end + 1, c.last + 1)]
            score = tagging.person_score(end + 1, c.last)
            sure = score >= NAME_SURE_AT  # the tagger reads a name of words the dictionary also holds
            if len(rest) > 4 or not all(_name_like(t) or (sure and _name_here(t, lower)) for t in rest):
                break
            titled = _after_title(tokens, c.first, lex)
            if score >= (NAME_AFTER_TITLED_BODY_AT if titled else NAME_AFTER_BODY_AT):
                out.append(Candidate(end + 1, c.last, EntityType.PERSON, "title" if titled else "tagger"))
                c.last = end
            break
    return out


NAME_SURE_AT = 0.7  # the tagger's person probability that outweighs a dictionary word in a name ("Budiman")
NAME_AFTER_TITLED_BODY_AT = 0.1  # the same after an office's title ("Waketum Partai Contoh Fulan")


_PLACE_WORDS = 3  # words of the longest place a body's run is read as closing on ("Daerah Istimewa Contoh")


def _ends_in_place(tokens: list[Token], first: int, end: int, lex: Lexicon) -> bool:
    """Whether the run ``first..end`` closes on a place the gazetteer knows, with body words before it."""
    for n in range(1, min(_PLACE_WORDS, end - first) + 1):
        entry = lex.entry([tokens[k].text for k in range(end - n + 1, end + 1)])
        if entry is not None and entry.type is EntityType.PLACE:
            return True
    return False


def _name_here(token: Token, lower: frozenset[str]) -> bool:
    """A capitalised word of letters the article never writes in lower case and no gazetteer name."""
    word = token.folded
    if not token.capitalised or token.acronym or not word.isalpha() or word in lower:
        return False
    return lexicon().entry([token.text], [word]) is None


def _after_title(tokens: list[Token], first: int, lex: Lexicon) -> bool:
    """Whether an office's title ends right before token ``first`` ("Wakil Ketua Umum | Partai X")."""
    for n in range(1, min(lex.longest_title, first) + 1):
        key = tuple(tokens[k].folded.rstrip(".") for k in range(first - n, first))
        if key in lex.titles and "\n" not in "".join(tokens[k].gap for k in range(first - n + 1, first + 1)):
            return True
    return False


def _name_like(token: Token) -> bool:
    """A capitalised word no body, place or everyday word is made of."""
    word = token.folded
    if not token.capitalised or token.acronym or not word.isalpha():
        return False
    return word in first_names() or not (_ordinary(word) or lexicon().entry([token.text], [word]) is not None)
