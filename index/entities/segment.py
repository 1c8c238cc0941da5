"""Cuts the token stream into parts: titles, known names, organisations, unknown names, words.

A run of capitalised words is rarely one thing in news Indonesian: "Presiden Rusia
Vladimir Putin" is a title, a place and a person. The segmenter reads such a run from
left to right, taking at each word the longest title, then the longest gazetteer name,
then an organisation or place built on a head word, and leaves what remains as an
unknown name for the cue step to type.

It stays one module (a little over 400 lines): every step reads and advances the same
chunk bookkeeping, and splitting the reader would pass that state between modules.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kutip.index.entities.dictionary import is_plain_word
from kutip.index.entities.east_asian import is_family_name_before_given, is_korean_given
from kutip.index.entities.features import first_names
from kutip.index.entities.figures import full_name
from kutip.index.entities.lexicon import GazetteerEntry, Lexicon
from kutip.index.entities.media import is_outlet_run, is_outlet_word
from kutip.index.language import Token, fold, folded_set, is_address_word, is_initials

__all__ = ["Part", "PartKind", "segment"]


_NICK_PAIRS = {' "': '" ', " “": "” ", " '": "' ", " ‘": "’ "}
_NICK_OPEN = frozenset(_NICK_PAIRS)
_NICK_CLOSE = frozenset(_NICK_PAIRS.values())
_CLOSING_TITLES = "language/name_closing_titles.txt"
_LISTED_MIN, _LISTED_MAX = 3, 5  # words of a listed name read whole though it opens on a title's word


_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ies", "ance", "ence", "ity", "ship")


def _after_initial(previous: Token, token: Token) -> bool:
    """"Andi M. Ghalib", "Fulan Dg. Badu": a capitalised word after initials or a name's short form
    and its dot is in the name."""
    return (
        (is_initials(previous.text) or fold(previous.text) in folded_set("language/name_abbreviations.txt"))
        and token.gap in (". ", ".")
        and token.capitalised
        and not token.sentence_start
    )


def _abstract_noun(word: str) -> bool:
    """"licensing", "fisheries", "development": English word shapes that personal names hardly take."""
    return len(word) >= 7 and (word.endswith(_ABSTRACT_ENDINGS) or (len(word) >= 8 and word.endswith("ing")))


class PartKind(str, Enum):
    WORD = "word"  # anything that is not part of a name
    TITLE = "title"
    KNOWN = "known"  # a gazetteer place or organisation
    ORG = "org"  # an organisation recognised by its head word
    PLACE = "place"  # a place recognised by its head word
    NAME = "name"  # capitalised words still to be typed
    QUALIFIER = "qualifier"  # a nationality word before a title ("Russian President")
    THING = "thing"  # a treaty, law, disease or prize: named, but no entity ("Paris Agreement")


@dataclass(slots=True)
class Part:
    """Tokens ``first..last`` (inclusive) of one kind."""

    kind: PartKind
    first: int
    last: int
    entry: GazetteerEntry | None = None
    nickname: int = -1  # index of a quoted nickname inside a name ("Ernesto "Boyet" Salonga"), or -1
    surname_kept: bool = False  # its last word, an ordinary word, is a surname ("Fulan Antara")


_head_cache: list[tuple[Lexicon, frozenset[str]]] = []  # (the lexicon, its head starts): one a process


def _head_starts(lex: Lexicon) -> frozenset[str]:
    """First words of the organisation and thing heads: most words start none, and say so at once."""
    if not _head_cache or _head_cache[0][0] is not lex:
        _head_cache[:] = [(lex, frozenset(key[0] for key in lex.org_heads | lex.thing_heads if key))]
    return _head_cache[0][1]


class _Segmenter:
    def __init__(self, tokens: list[Token], lex: Lexicon) -> None:
        self.tokens = tokens
        self.lex = lex
        self.n = len(tokens)
        self.title_words = lex.portfolios | {"dan", "and"}  # what may continue a title, joiners included
        self.head_starts = _head_starts(lex)
        # chunk_end[i]: last index of the run of joined tokens that contains i
        self.joined = [t.joined or (k > 0 and _after_initial(tokens[k - 1], t)) for k, t in enumerate(tokens)]
        self.chunk_end = [0] * self.n
        for k in range(self.n - 1, -1, -1):
            follows = k + 1 < self.n and self.joined[k + 1]
            self.chunk_end[k] = self.chunk_end[k + 1] if follows else k

    def _joined_run(self, i: int, length: int) -> bool:
        return i + length - 1 <= self.chunk_end[i]

    def title_at(self, i: int) -> int:
        """Index of the last token of a title starting at ``i``, or -1."""
        tokens, lex = self.tokens, self.lex
        if tokens[i].folded not in lex.title_starts:
            return -1
        end = -1
        for length in range(min(lex.longest_title, self.chunk_end[i] - i + 1), 0, -1):
            key = tuple(t.folded for t in tokens[i : i + length])
            if key in lex.titles:
                end = i + length - 1
                break
        if end < 0:
            return -1
        while end + 1 < self.n and self.joined[end + 1] and tokens[end + 1].folded in self.title_words:
            word = tokens[end + 1].folded
            if word in ("of", "for", "dan", "and"):  # "Menteri Pemuda dan Olahraga", "Minister of Finance"
                nxt = end + 2
                if nxt < self.n and self.joined[nxt] and tokens[nxt].folded in lex.portfolios:
                    end = nxt
                    continue
                break
            end += 1
        return end

    def entry_at(self, i: int) -> tuple[int, GazetteerEntry | None]:
        tokens = self.tokens
        if tokens[i].folded not in self.lex.entry_starts:
            return -1, None
        for length in range(min(self.lex.longest_entry, self.chunk_end[i] - i + 1), 0, -1):
            span = tokens[i : i + length]
            entry = self.lex.entry([t.text for t in span], [t.folded for t in span])
            if entry is not None and tokens[i + length - 1].text[:1].isupper():
                return i + length - 1, entry
        return -1, None

    def head_at(self, i: int) -> tuple[int, PartKind]:
        """Last index of a head word starting at ``i`` ("Kedutaan Besar") and the kind of name it makes.

        ``(-1, PartKind.WORD)`` when there is none. Organisation heads win over thing heads.
        """
        if self.tokens[i].folded not in self.head_starts:
            return -1, PartKind.WORD
        for length in (3, 2, 1):
            key = tuple(t.folded for t in self.tokens[i : i + length])
            if len(key) != length or not self._joined_run(i, length):
                continue
            if key in self.lex.org_heads:
                return i + length - 1, PartKind.ORG
            if key in self.lex.thing_heads:
                return i + length - 1, PartKind.THING
        return -1, PartKind.WORD

    def outlet_at(self, i: int) -> int:
        """Last index of a newspaper's name starting at ``i`` ("Suara Delta Online"), or -1.

        Outlets are named like people ("Straits Ledger", "Kabar Nusantara") and cited
        beside them; the outlet words they are built on tell them apart.
        """
        tokens, end = self.tokens, self.chunk_end[i]
        if tokens[i].folded in self.lex.common and not is_outlet_word(tokens[i].text):
            return -1  # "Menurut Kabar Nusantara", "The Straits Ledger": the outlet starts later
        j = i
        while j < end and tokens[j + 1].capitalised and self.title_at(j + 1) < 0:
            j += 1
        while j > i and tokens[j].folded in self.lex.common and not is_outlet_word(tokens[j].text):
            j -= 1
        if j == i:
            return -1
        written = [tokens[i].text] + [tokens[k].gap + tokens[k].text for k in range(i + 1, j + 1)]
        return j if is_outlet_run(written, self.lex.common) else -1

    def continues_name(self, j: int) -> bool:
        """Whether token ``j`` (capitalised, joined) may extend a name started before it."""
        token = self.tokens[j]
        lex = self.lex
        ordinary = token.folded in lex.common and token.folded not in lex.portfolios
        return (token.acronym or not ordinary) and (self.title_at(j) < 0 or self._closing_title(j))

    def _closing_title(self, j: int) -> bool:
        """A title word that is also many names' last word ("Fulan Lukmanul Hakim") closes a run of name
        words when no capitalised word follows it to be the titled name (``_CLOSING_TITLES``)."""
        last = j == self.chunk_end[j] or not self.tokens[j + 1].capitalised
        before = self.tokens[j - 1].folded if j > 0 else ""
        named = before not in self.lex.common and (before,) not in self.lex.org_heads  # not "Majelis Hakim"
        return last and named and self.tokens[j].folded in folded_set(_CLOSING_TITLES)

    def _inner_org_word(self, j: int) -> bool:
        """"Organisasi Kerja Sama Islam": an ordinary word inside a name, never at its end ("X Senin")."""
        nxt = j + 1
        return (
            self.title_at(j) < 0
            and nxt <= self.chunk_end[j]
            and self.tokens[nxt].capitalised
            and self.continues_name(nxt)
        )

    def _after_particles(self, j: int) -> int:
        """"van der Berg", "bin Salman": up to two particles then a capitalised word; its index or -1."""
        tokens, end = self.tokens, self.chunk_end[j]
        k = j
        while k <= end and k - j < 2 and tokens[k].folded in self.lex.particles:
            k += 1
        if k <= end and k > j and tokens[k].capitalised and self.continues_name(k):
            return k
        return -1

    def demonym_at(self, i: int) -> int:
        for length in (2, 1):
            key = tuple(t.folded for t in self.tokens[i : i + length])
            if len(key) == length and key in self.lex.demonyms and self._joined_run(i, length):
                return i + length - 1
        return -1

    def extend_org(self, end: int, connectors: bool = True) -> int:
        """Extends an organisation right over capitalised words and (if ``connectors``) "dan", "of"."""
        tokens, lex = self.tokens, self.lex
        j = end
        while j + 1 < self.n and self.joined[j + 1]:
            nxt = tokens[j + 1]
            if nxt.capitalised and (self.continues_name(j + 1) or self._inner_org_word(j + 1)):
                j += 1
            elif (
                connectors
                and nxt.folded in lex.connectors
                and j + 2 < self.n
                and self.joined[j + 2]
                and tokens[j + 2].capitalised
                and self.continues_name(j + 2)
            ):
                j += 2
            else:
                break
        return j

    def field_list(self, end: int) -> int:
        """"Badan Meteorologi, Klimatologi, dan Geofisika": a body's fields listed with commas end in "dan"
        (with a comma before it or none).

        Each item is one ordinary word that is no given name; the list is taken only when
        "dan" and a last capitalised item close it, so "Badan X, Fulan" keeps its person.
        """
        tokens = self.tokens
        j = end
        items = 0
        while j + 1 < self.n:
            nxt = tokens[j + 1]
            mark = nxt.gap.strip()
            if nxt.folded == "dan" and mark in ("", ",") and items and j + 2 < self.n and self.joined[j + 2]:
                closed = j + 3 >= self.n or not self.joined[j + 3] or not tokens[j + 3].capitalised
                return j + 2 if self._field_word(tokens[j + 2]) and closed else end
            # "Meteorologi, Klimatologi dan Geofisika": the last item before "dan" has no comma after it
            runs_on = j + 2 < self.n and self.joined[j + 2] and tokens[j + 2].folded != "dan"
            if mark != "," or not self._field_word(nxt) or runs_on:
                return end
            items += 1
            j += 1
        return end

    def _field_word(self, token: Token) -> bool:
        return token.capitalised and is_plain_word(token.folded) and token.folded not in first_names()

    def name_run(self, i: int) -> tuple[int, PartKind]:
        """An unknown capitalised run from ``i``; an English head word at its end makes it an organisation."""
        tokens, lex = self.tokens, self.lex
        j = i
        kind = PartKind.NAME
        while j + 1 < self.n and self.joined[j + 1]:
            nxt = tokens[j + 1]
            if nxt.capitalised and is_korean_given(tokens, j + 1):
                j += 2  # "Jeong Sang-bin": a Korean given name, though "Sang" is also a word
                continue
            if nxt.capitalised:
                if self._outlet_surname(i, j + 1):
                    j += 1  # "Kapten Fulan Antara": the outlet's name is the surname, and the run's end
                    break
                if not self.continues_name(j + 1) or self.entry_at(j + 1)[1] is not None:
                    break
                if self._pair_hyphen(i, j + 1):
                    break
                if nxt.folded in lex.place_heads and self._opens_name(j + 1):
                    break  # "Tanggul Kali Bekasi": the place head opens its own name
                if self._closing_head(j + 1):
                    return j + 1, PartKind.ORG  # "X Racing Team | Fulan Badu": the English head ends the body
                head, head_kind = self.head_at(j + 1)
                connectors = head_kind is not PartKind.THING  # "X Agreement dan Y": a thing ends at "dan"
                if head >= 0 and self.extend_org(head, connectors) > head:
                    end = self.extend_org(head, connectors)
                    if head_kind is PartKind.ORG and (tokens[end].folded,) in lex.org_heads:
                        return end, PartKind.ORG  # "Raub Durian Growers' Cooperative": one body, two heads
                    break  # "Mahasiswa Universitas X": the head opens its own name
                j += 1
                if head == j:
                    kind = head_kind
                    j = self.extend_org(j, connectors)
                    break
                if nxt.folded in lex.place_heads:
                    kind = PartKind.PLACE
            elif nxt.hyphenated and nxt.text[:1].isalpha():  # "Jong-un", "al-Assad"
                j += 1
            elif nxt.folded in lex.particles and self._after_particles(j + 1) > 0:
                j = self._after_particles(j + 1)
            elif nxt.folded in lex.connectors and self._office_words(i, j) and self._org_after(j + 2) > 0:
                kind = PartKind.ORG  # "Land Transportation Franchising and Regulatory Board"
                j = self._org_after(j + 2)
                break
            else:
                break
        return j, kind

    def _outlet_surname(self, first: int, k: int) -> bool:
        """"Kapten Fulan Antara": a news outlet's one-word name (a word, in title case) that ends a run
        of name words is a surname, not the agency; "kepada Antara" or "Fulan (Antara)" stay the outlet."""
        from kutip.index.ingest.outlets import is_outlet_name  # ingest reads datelines with the gazetteer

        tokens, lex = self.tokens, self.lex
        word = tokens[k]
        last = k == self.chunk_end[k] or not tokens[k + 1].capitalised
        if not (last and word.gap == " " and word.text[1:].islower() and self.entry_at(k)[0] == k):
            return False
        names = tokens[first:k]
        if not 1 <= len(names) <= 2 or any(
            t.acronym or t.folded in lex.common or self.entry_at(first + n)[1] is not None
            for n, t in enumerate(names)
        ):
            return False
        return is_outlet_name(word.text)

    def _balinese_prefix(self, i: int) -> bool:
        """"I Wayan Sudana", "Ni Luh Ayu": "I" or "Ni" before a Balinese birth-order or caste name."""
        tokens = self.tokens
        return (
            tokens[i].text in ("I", "Ni")
            and i + 1 < self.n
            and self.joined[i + 1]
            and tokens[i + 1].folded in self.lex.balinese
        )

    def _pair_hyphen(self, first: int, k: int) -> bool:
        """"Joko Widodo-Jusuf Kalla": a hyphen between two names of two words or more each pairs two people.

        A hyphenated given name ("Jean-Pierre Raffarin") has one word before the hyphen; a listed
        nickname ("Jokowi-Jusuf Kalla") is a whole name by itself.
        """
        tokens = self.tokens
        return (
            tokens[k].gap == "-"
            and (k - first >= 2 or full_name(tokens[first].text) is not None)  # "Jokowi-Jusuf Kalla"
            and k + 1 < self.n
            and tokens[k + 1].gap == " "
            and tokens[k + 1].capitalised
        )

    def _office_words(self, first: int, last: int) -> bool:
        """Whether ``first..last`` holds an ordinary or office word, so it is no person's name.

        Besides listed words, English abstract nouns count by their ending ("Licensing", "Fisheries").
        """
        lex = self.lex
        return any(
            t.folded in lex.portfolios or t.folded in lex.common or _abstract_noun(t.folded)
            for t in self.tokens[first : last + 1]
        )

    def _org_after(self, k: int) -> int:
        """Last index of a capitalised run from ``k`` that ends in an English organisation head, or -1.

        "... and Food Security Ministry": the head closes the name begun before the connector.
        """
        tokens = self.tokens
        if k >= self.n or not self.joined[k] or not tokens[k].capitalised:
            return -1
        j = k
        while j + 1 <= self.chunk_end[k] and tokens[j + 1].capitalised and self.continues_name(j + 1):
            j += 1
        for end in range(j, k - 1, -1):
            if (tokens[end].folded,) in self.lex.org_heads:
                return self.extend_org(end) if end == j else end
        return -1

    def nickname_at(self, end: int) -> int:
        """Index of the surname after a quoted nickname after a first name ("Ernesto "Boyet" Salonga"), or -1.

        The nickname is one capitalised word in quotation marks, with the rest of the name right after it.
        """
        tokens, k = self.tokens, end + 1
        if k + 1 >= self.n:
            return -1
        nick, rest = tokens[k], tokens[k + 1]
        if nick.gap not in _NICK_OPEN or rest.gap not in _NICK_CLOSE or _NICK_PAIRS[nick.gap] != rest.gap:
            return -1
        if not (nick.capitalised and rest.capitalised) or nick.acronym or nick.folded in self.lex.common:
            return -1
        if not self.continues_name(k + 1) or self.entry_at(k + 1)[1] is not None:
            return -1
        return k + 1

    def run(self) -> list[Part]:
        parts: list[Part] = []
        tokens, lex = self.tokens, self.lex
        i = 0
        while i < self.n:
            token = tokens[i]
            listed = self.listed_at(i)
            if listed > i:  # "Raja Juli X": a listed full name opening on a title's or a month's word
                parts.append(Part(PartKind.NAME, i, listed))
                i = listed + 1
                continue
            end = self.title_at(i) if token.folded in lex.title_starts else -1
            # "Raja Ampat": a known name longer than the title word it opens is that name
            if end >= 0 and self.entry_at(i)[0] <= end:
                parts.append(Part(PartKind.TITLE, i, end))
                i = end + 1
                continue
            if not token.capitalised and not (token.folded in ("al", "el") and self._al_prefix(i)):
                parts.append(Part(PartKind.WORD, i, i))
                i += 1
                continue
            end, entry = self.entry_at(i)
            outlet = self.outlet_at(i)
            if outlet > end:
                parts.append(Part(PartKind.ORG, i, outlet))
                i = outlet + 1
                continue
            if self._closing_head(i) and i > 0 and self.joined[i] and tokens[i - 1].capitalised:
                parts.append(Part(PartKind.ORG, i, i))  # "Motor Group | Fulan": a closing head after a name
                i += 1
                continue
            head, head_kind = self.head_at(i)
            if head >= 0:
                # "Kementerian Luar Negeri China" is longer than the gazetteer's "Kementerian Luar Negeri".
                org_end = self.extend_org(head, head_kind is not PartKind.THING)
                if head_kind is PartKind.ORG and org_end > head:
                    org_end = self.field_list(org_end)
                if org_end > max(head, end):
                    parts.append(Part(head_kind, i, org_end))
                    i = org_end + 1
                    continue
            if entry is not None:
                parts.append(Part(PartKind.KNOWN, i, end, entry))
                i = end + 1
                continue
            if token.folded in lex.place_heads and i + 1 < self.n and self.joined[i + 1]:
                end = self.extend_org(i)
                while end > i and end < self.chunk_end[i] and tokens[end + 1].folded in lex.compass:
                    end += 1  # "Kabupaten Garut Selatan"
                if end > i:
                    # "Bukit Asam Tbk", "Teluk Ventures": an English head at the end makes a firm
                    kind = PartKind.ORG if (tokens[end].folded,) in lex.org_heads else PartKind.PLACE
                    parts.append(Part(kind, i, end))
                    i = end + 1
                    continue
            if token.folded in lex.portfolios and token.folded not in lex.common:
                end, kind = self.name_run(i)
                if kind is PartKind.ORG:  # "Health Ministry", "Agriculture and Food Security Ministry"
                    parts.append(Part(kind, i, end))
                    i = end + 1
                    continue
            ordinary = token.folded in lex.common or token.folded in lex.portfolios
            if ordinary and not self._balinese_prefix(i) and not is_family_name_before_given(tokens, i):
                parts.append(Part(PartKind.WORD, i, i))
                i += 1
                continue
            end, kind = self.name_run(i)
            demonym = self.demonym_at(i)
            if demonym >= 0 and kind not in (PartKind.ORG, PartKind.THING):
                parts.append(Part(PartKind.QUALIFIER, i, demonym))
                i = demonym + 1
                continue
            nickname = self.nickname_at(end) if kind is PartKind.NAME else -1
            if nickname >= 0:
                rest_end, rest_kind = self.name_run(nickname)
                if rest_kind is PartKind.NAME:
                    parts.append(Part(PartKind.NAME, i, rest_end, nickname=nickname - 1))
                    i = rest_end + 1
                    continue
            kept = kind is PartKind.NAME and end > i and self._outlet_surname(i, end)
            parts.append(Part(kind, i, end, surname_kept=kept))
            i = end + 1
        return parts

    def listed_at(self, i: int) -> int:
        """Index of the last token of a listed figure's name of three words or more written from ``i``
        whose first word is a title's or an everyday word ("Raja", "Juli"), two or more after an
        everyday word ("August Fulan"), or -1: such a word would end the run before the name, though
        the list knows the name whole."""
        token, lex = self.tokens[i], self.lex
        if not token.capitalised or (token.folded not in lex.title_starts and token.folded not in lex.common):
            return -1
        # "August Fulan": after an everyday word that opens no title and addresses no one ("Mas") the
        # list's two words are the name too
        plain = token.folded not in lex.title_starts and not is_address_word(token.folded)
        shortest = _LISTED_MIN - 1 if plain else _LISTED_MIN
        for length in range(min(_LISTED_MAX, self.chunk_end[i] - i + 1), shortest - 1, -1):
            run = self.tokens[i : i + length]
            if all(t.capitalised for t in run) and full_name(" ".join(t.text for t in run)) is not None:
                # "Sultan X Y": the words after the title are the list's name too, so the title stays one
                rest = " ".join(t.text for t in run[1:])
                return -1 if full_name(rest) is not None else i + length - 1
        return -1

    def _closing_head(self, j: int) -> bool:
        """An English head that closes an organisation's name (``language/closing_heads.txt``), followed in
        its chunk by a capitalised word: what follows is another name, not more of the body's."""
        return self.tokens[j].folded in folded_set("language/closing_heads.txt") and self._opens_name(j)

    def _opens_name(self, j: int) -> bool:
        """Whether a capitalised word that may continue a name follows ``j`` in its chunk."""
        nxt = j + 1
        return nxt <= self.chunk_end[j] and self.tokens[nxt].capitalised and self.continues_name(nxt)

    def _al_prefix(self, i: int) -> bool:
        """"al-Assad": a lower-case Arabic article hyphenated to a capitalised name."""
        return i + 1 < self.n and self.tokens[i + 1].hyphenated and self.tokens[i + 1].capitalised


def segment(tokens: list[Token], lex: Lexicon) -> list[Part]:
    """Parts covering every token of ``tokens`` in order."""
    return _Segmenter(tokens, lex).run()
