"""Types each segmented part from the words around it.

Capital letters only propose names; the type comes from cues: a title before the
name (past qualifiers such as "Rusia" or "untuk AS"), a speech verb beside it, a title
after a comma ("X, seorang pakar"), a head word, a preposition of place, or the shape
of the word (an acronym, a web address). A capitalised word with no cue at the start of
a sentence or in a headline stays unresolved: it becomes a name only if it links to a
name established elsewhere in the article.
One module (about 670 lines): the cue passes read and retype the same parts in order, each
pass depending on the types the earlier ones set; their word lists live in data files.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from kutip.index.entities.dictionary import (
    is_derived_word,
    is_listed_word,
    is_plain_word,
    root_affixed_elsewhere,
)
from kutip.index.entities.east_asian import is_family_name_before_given
from kutip.index.entities.english_names import role_noun_name
from kutip.index.entities.lexicon import (
    GazetteerEntry,
    Lexicon,
    body_word,
    brand_word,
    clitic_word,
    degrees,
    nominal_noun,
)
from kutip.index.entities.regnal import regnal_numeral, ruler_title
from kutip.index.entities.segment import Part, PartKind
from kutip.index.language import Token, folded_set, is_initials, written_lower
from kutip.index.models import EntityType
from kutip.index.search.stemming import root_words

__all__ = ["Candidate", "type_parts"]

_MAX_QUALIFIERS = 8
_QUOTES = frozenset("\"“”")
_LOOK_BACK = 400  # tokens: the longest paragraph or quotation looked back through
_BODY_RUN = 8  # tokens: how far a body's list of fields may run on to its head word ("..., X and Y Agency")



_MINUTE_MARKS = frozenset("'’′")


def _minute(text: str) -> bool:
    return text.isdigit() and len(text) <= 3 and text[0] != "0"


def _split_degree(before: Token, token: Token) -> bool:
    """Whether two tokens joined by a full stop spell a degree ("S.Ag" as "S" and "Ag")."""
    return token.gap == "." and before.text[:1].isupper() and before.folded + token.folded in degrees()


def _plate_letter(tokens: list[Token], k: int) -> bool:
    """ "mobil Contoh Avanza D 1234 ABC": one capital before a number opens a number plate, no initial."""
    nxt = k + 1
    letter = len(tokens[k].text) == 1 and tokens[k].text.isupper()
    return letter and nxt < len(tokens) and tokens[nxt].text[:1].isdigit() and tokens[nxt].gap == " "


_POSSESSIVE = ("'s", "\u2019s")  # the English possessive, in the gap after a name


@dataclass(slots=True)
class Candidate:
    """A typed (or still unresolved) name over tokens ``first..last``.

    ``type`` None means a single capitalised word with no cue of its own; ``weak``
    means the capital may only be due to its position, so the candidate survives only
    by linking to a stronger one.
    """

    first: int
    last: int
    type: EntityType | None
    cue: str
    entry: GazetteerEntry | None = None
    weak: bool = False
    nickname: int = -1  # a quoted nickname token inside the name, left out of its canonical form


class _Typer:
    def __init__(self, tokens: list[Token], parts: list[Part], lex: Lexicon, lang: str) -> None:
        self.tokens = tokens
        self.parts = parts
        self.lex = lex
        self.lang = lang
        self._paragraphs: list[int] | None = None
        self.lower_words = written_lower(tokens)
        self.single_names = frozenset(
            tokens[p.first].folded for p in parts if p.kind is PartKind.NAME and p.first == p.last
        )
        # "Demam Berdarah Dengue (DBD)": the short form of a thing is no organisation either
        self.thing_acronyms = frozenset(
            tokens[nxt.first].text
            for p, nxt in pairwise(parts)
            if p.kind is PartKind.THING and nxt.first == nxt.last and tokens[nxt.first].gap.strip() == "("
        )
        # single words the article itself marks as someone's name ("kata Rina", "Hasnah (38)")
        self.cued_singles = frozenset(
            tokens[p.first].folded
            for i, p in enumerate(parts)
            if p.kind is PartKind.NAME and p.first == p.last and self.person_cue(i)
        )

    def is_weak_word(self, token: Token) -> bool:
        """A capitalised word that is probably an ordinary word in sentence or headline position."""
        word = token.folded
        if word in self.lex.common or word in self.lex.portfolios or word in self.lower_words:
            return True
        return self.lang != "en" and len(word) >= 6 and word.endswith(("kan", "nya"))

    def word_at(self, index: int) -> str:
        part = self.parts[index] if 0 <= index < len(self.parts) else None
        if part is None or part.kind is not PartKind.WORD:
            return ""
        return self.tokens[part.first].folded

    def speech_cue(self, index: int) -> bool:
        part = self.parts[index]
        first = self.tokens[part.first]
        before = self.word_at(index - 1)
        # "said Contoh's chief": the possessor is no speaker, what it owns is
        owner = part.last + 1 < len(self.tokens) and self.tokens[part.last + 1].gap.startswith(_POSSESSIVE)
        if before and first.gap.isspace() and (before,) in self.lex.speech_before and not owner:
            return True
        if (self.word_at(index - 2), before) in self.lex.speech_before and first.gap.isspace() and not owner:
            return True
        after = self.word_at(index + 1)
        return bool(after) and self.tokens[self.parts[index + 1].first].gap.isspace() and (
            after in self.lex.speech_after
        )

    def apposition_cue(self, index: int) -> bool:
        """"Shi Yinhong, seorang pakar ...", "Dennis Wilder, peneliti senior ..."."""
        if index + 1 >= len(self.parts):
            return False
        gap = self.tokens[self.parts[index + 1].first].gap
        if "," not in gap and "(" not in gap:  # "X, seorang pakar", "Putin (Presiden Rusia)"
            return False
        part = self.parts[index]
        if part.first == part.last and clitic_word(self.tokens[part.first].folded):
            return False  # "Hasilnya, Menteri X ...": a word with a clitic opens the sentence
        nxt = index + 1
        if self.word_at(nxt) in self.lex.apposition:
            nxt += 1
        return nxt < len(self.parts) and self.parts[nxt].kind is PartKind.TITLE

    def age_cue(self, index: int) -> bool:
        """"Wahyuni (29), karyawan swasta", "Sutrisno, 54, a farmer": only people are given an age."""
        tokens = self.tokens
        k = self.parts[index].last + 1
        if k + 1 >= len(tokens):
            return False
        age = tokens[k]
        if not (age.text.isdigit() and len(age.text) <= 2 and age.text[0] != "0"):
            return False
        k += 1 + self._age_unit(k + 1)  # "Kholil, 46 tahun, ...", "Ana, 46 years old, ..."
        if k >= len(tokens):
            return False
        after = tokens[k].gap.lstrip()
        opening = age.gap.strip()
        return (opening == "(" and after.startswith(")")) or (opening == "," and after.startswith(","))

    def minute_cue(self, index: int) -> bool:
        """ "Fulan Hidayat (45+3')", "Badu (74')": a match report gives a player's goal or card its minute."""
        tokens = self.tokens
        k = self.parts[index].last + 1
        if k + 1 >= len(tokens) or not tokens[k].gap.endswith("(") or not _minute(tokens[k].text):
            return False
        if tokens[k + 1].gap == "+" and _minute(tokens[k + 1].text):  # added time
            k += 1
        after = tokens[k + 1].gap.lstrip() if k + 1 < len(tokens) else ""
        return after[:1] in _MINUTE_MARKS and after[1:2] in (")", ",")  # "(15', 45+3')": more minutes follow

    def _age_unit(self, k: int) -> int:
        """How many tokens from ``k`` spell the unit after an age ("tahun", "years old"), else 0."""
        tokens = self.tokens
        written = tuple(t.folded for t in tokens[k : k + 2])
        if written[:1] == ("tahun",) and tokens[k].gap.isspace():
            return 1
        if written == ("years", "old") and tokens[k].gap.isspace():
            return 2
        return 0

    def role_cue(self, index: int) -> bool:
        """"Sutrisno, warga Desa X", "Hasnah, seorang ibu", "Badu, salah satu pedagang": ordinary people
        are described after their name.

        Only a name that opens a sentence or clause qualifies, never one after a preposition
        of place ("di Tambun, warga ...") or an ordinary word ("Setelah Lebaran, warga ...").
        """
        if index + 1 >= len(self.parts) or "," not in self.tokens[self.parts[index + 1].first].gap:
            return False
        first = self.tokens[self.parts[index].first]
        if not (first.sentence_start or "," in first.gap) or self.is_weak_word(first):
            return False
        nxt = index + 1
        if f"{self.word_at(nxt)} {self.word_at(nxt + 1)}" in self.lex.apposition:
            nxt += 2  # "Fulan, salah satu pedagang"
        elif self.word_at(nxt) in self.lex.apposition and self.word_at(nxt) not in self.lex.roles:
            nxt += 1
        # "a fish trader": in English the role may come second
        roles = self.lex.roles
        return self.word_at(nxt) in roles or (bool(self.word_at(nxt)) and self.word_at(nxt + 1) in roles)

    def kin_cue(self, index: int) -> bool:
        """"bersama istrinya, Sulastri", "saudara perempuannya, X": a relative is named after a kinship word.

        Only the possessed form ("istrinya") counts: "Ibu Kota" and "anak Jakarta" do not.
        """
        before = self.word_at(index - 1)
        if not before.endswith("nya") or before[:-3] not in self.lex.kin:
            return False
        return self.tokens[self.parts[index].first].gap.strip() in ("", ",")

    def address_cue(self, index: int) -> bool:
        """"Pak Hasto", "kata Bu Risma": one unknown word after a word of address is a person's name."""
        part = self.parts[index]
        if index == 0 or part.first != part.last or self.parts[index - 1].last != part.first - 1:
            return False
        before = self.tokens[part.first - 1]
        word = self.tokens[part.first]
        if before.folded not in self.lex.honorifics or not word.gap.isspace() or word.acronym:
            return False
        if word.folded in self.lex.title_starts or word.folded in self.lex.portfolios:
            return False  # "Pak Menteri", "Pak Irwasum": an office, not a name
        folded = word.folded
        if folded in root_words() or folded in self.lex.common or is_listed_word(folded):
            return False
        # "Pak Rosan": a name that only parses as a root and a suffix ("ros" + "-an") is a name when
        # the news never affixes that root otherwise; "Bu Pimpinan" is a word the news writes lower case
        return not (is_plain_word(folded) and root_affixed_elsewhere(folded))

    def role_noun_cue(self, index: int) -> bool:
        """ "singles player Fulanto": in English, one name word right after a role noun is a person."""
        part = self.parts[index]
        return self.lang == "en" and part.first == part.last and role_noun_name(self.tokens, part.first)

    def person_cue(self, index: int) -> bool:
        """Any cue beside the name itself that only a person takes."""
        # in this order, the first that holds answering (no tuple of bound methods made per call)
        return bool(
            self.speech_cue(index)
            or self.apposition_cue(index)
            or self.age_cue(index)
            or self.minute_cue(index)
            or self.role_cue(index)
            or self.kin_cue(index)
            or self.address_cue(index)
            or self.role_noun_cue(index)
        )

    def place_cue(self, index: int) -> bool:
        first = self.tokens[self.parts[index].first]
        return first.gap.isspace() and self.word_at(index - 1) in self.lex.place_preps

    def trimmed(self, part: Part) -> tuple[int, int]:
        """Drops ordinary words a sentence start or a headline capitalised."""
        first, last = part.first, part.last
        tokens = self.tokens
        if tokens[first].sentence_start or tokens[first].title_case_line:
            while first < last and self.is_weak_word(tokens[first]):
                first += 1
        # "Kepala Seksi Pencegahan Sutarno": an Indonesian noun of office still belongs to the title;
        # "Wakilnya S. Darmaji": a word with a clitic opens the phrase, not the name
        while first < last and self.lang != "en" and (
            nominal_noun(tokens[first].folded) or clitic_word(tokens[first].folded)
        ):
            first += 1
        headline = tokens[first].title_case_line
        weak = self.is_weak_word if headline else self._ordinary
        while last > first and not (part.surname_kept and last == part.last):
            # "Sumardi BA": a degree is no part of it; "Misa Paus Fulan Berlangsung": a headline's
            # affixed verb ends the name
            if (
                weak(tokens[last])
                or tokens[last].folded.replace(".", "") in degrees()
                or (headline and self.lang != "en" and is_derived_word(tokens[last].folded))
                or _plate_letter(tokens, last)
            ):
                last -= 1
            elif last - 1 > first and _split_degree(tokens[last - 1], tokens[last]):
                last -= 2  # "Fulan S.Ag", "Fulan M.Kes": the tokeniser splits a dotted degree in two
            else:
                break
        return first, last

    def _ordinary(self, token: Token) -> bool:
        """Listed ordinary words and Indonesian affixed words ("Lainnya"); never just seen lower case."""
        word = token.folded
        if word in self.lex.common:
            return True
        return self.lang != "en" and len(word) >= 6 and word.endswith(("kan", "nya"))

    def name_candidate(self, index: int, after_title: bool) -> Candidate | None:
        part = self.parts[index]
        first, last = self.trimmed(part)
        tokens = self.tokens
        token = tokens[first]
        weak_position = token.title_case_line or (token.sentence_start and first == part.first)
        nickname = part.nickname if first < part.nickname < last else -1
        if first == last and _coded(token) and not token.title_case_line:
            return Candidate(first, last, EntityType.ORGANIZATION, "acronym")  # "NATO", "SpaceX"
        if first == last and self._head_word(token):
            return Candidate(first, last, None, "", weak=True)  # "Ministry said": a head alone names no one
        if self._office_run(first, last) or (weak_position and self._lower_compound(first, last)):
            return Candidate(first, last, None, "", weak=True)
        if after_title:
            return Candidate(first, last, EntityType.PERSON, "title", nickname=nickname)
        if self.person_cue(index):
            return Candidate(first, last, EntityType.PERSON, "speech", nickname=nickname)
        if first == last:
            if "." in token.text and token.text[-1].islower():
                return Candidate(first, last, EntityType.ORGANIZATION, "address")
            if self.place_cue(index) and not weak_position:
                return Candidate(first, last, EntityType.PLACE, "place-prep")
            return Candidate(first, last, None, "", weak=weak_position)
        if weak_position and self.is_weak_word(token):
            return Candidate(first, last, None, "", weak=True)
        if self._has_acronym(Part(part.kind, first, last)):
            return Candidate(first, last, None, "", weak=True)  # "MB II", "AM WIB": codes, not people
        if not weak_position and self.area_cue(index):
            return Candidate(first, last, EntityType.PLACE, "place-prep")  # "in Las Piñas", "di Tanah Abang"
        weak = token.title_case_line
        if is_family_name_before_given(tokens, first):  # "An Se-young": the name's own shape vouches for it
            return Candidate(first, last, EntityType.PERSON, "family", nickname=nickname)
        return Candidate(first, last, EntityType.PERSON, "shape", weak=weak, nickname=nickname)

    def _office_run(self, first: int, last: int) -> bool:
        """"Direktur Pencegahan dan Penyelesaian Perselisihan ...": Indonesian nouns of office, no name.

        Every word is a listed office word or a "pe-...-an" / "ke-...-an" noun, which
        personal names do not take.
        """
        if self.lang == "en":
            return False
        lex = self.lex
        return all(
            t.folded in lex.portfolios or t.folded in lex.common or nominal_noun(t.folded)
            for t in self.tokens[first : last + 1]
        )

    def _lower_compound(self, first: int, last: int) -> bool:
        """"Long-time supporter X": a capitalised word hyphenated to a lower-case one opens the sentence."""
        nxt = first + 1
        return nxt <= last and self.tokens[nxt].hyphenated and self.tokens[nxt].text.islower()

    def _head_word(self, token: Token) -> bool:
        key = (token.folded,)
        return key in self.lex.org_heads or key in self.lex.thing_heads

    def area_cue(self, index: int) -> bool:
        """"di Tanah Abang", "in Las Piñas": a preposition that only places follow, even longer names."""
        first = self.tokens[self.parts[index].first]
        return first.gap.isspace() and self.word_at(index - 1) in self.lex.area_preps

    def run(self) -> list[Candidate]:
        out: list[Candidate] = []
        pending = -1  # index of the title part still waiting for its name
        described = False  # the latest titles' run follows a person and a comma ("X, Pjs. Direktur Y")
        last_title = -9
        for index, part in enumerate(self.parts):
            first = self.tokens[part.first]
            if first.sentence_start or index - pending > _MAX_QUALIFIERS:
                pending = -1
            kind = part.kind
            if kind is PartKind.TITLE:
                # "X, Pjs. Corporate Secretary": a title two parts after the last one goes on its run
                near = index - last_title <= 2
                described = (described and near) or self._appositive(index, out)
                pending = last_title = index
            elif kind is PartKind.WORD:
                # "Ketua RT 05 Suparman": a number is still a qualifier (asked only while a title waits)
                waiting = pending >= 0 and first.folded not in self.lex.qualifier_links
                if waiting and not self._unit_number(part.first):
                    pending = -1
            elif kind is PartKind.QUALIFIER:
                continue
            elif kind is PartKind.THING or (kind is PartKind.NAME and first.text in self.thing_acronyms):
                pending = -1
            elif kind is PartKind.KNOWN:
                assert part.entry is not None
                out.append(Candidate(part.first, part.last, part.entry.type, "gazetteer", part.entry))
            elif kind in (PartKind.ORG, PartKind.PLACE):
                kind_type = EntityType.ORGANIZATION if kind is PartKind.ORG else EntityType.PLACE
                # "X, peneliti di Y"; "X, Pjs. Corporate Secretary PT Y Z": the person was named before
                named_before = pending >= 0 and (described or self._appositive(pending, out))
                # "Direktur PT Contoh Sejahtera, Fulan Badu": the comma closes the body, the name follows
                named_before = named_before or (pending >= 0 and self._name_after_comma(index))
                split = self.person_tail(part) if pending >= 0 and not named_before else part.last + 1
                out.append(Candidate(part.first, split - 1, kind_type, "head"))
                if split <= part.last:
                    out.append(Candidate(split, part.last, EntityType.PERSON, "title"))
                    pending = -1
            elif pending >= 0 and self._qualifier_like(part) and not self._after_rank(pending):
                out.append(Candidate(part.first, part.last, EntityType.ORGANIZATION, "qualifier"))
            elif pending >= 0 and self._short_form(part):
                # "Kepala Suku Dinas Kesehatan (Kasudinkes) Jakarta Timur X": no person yet
                if first.acronym:  # "Direktur PT Rel Kota Nusantara (RKN) X": the body's short form
                    out.append(Candidate(part.first, part.last, EntityType.ORGANIZATION, "acronym"))
                else:
                    out.append(Candidate(part.first, part.last, None, "", weak=True))
            elif pending >= 0 and kind is PartKind.NAME and self._body_runs_on(part):
                # "head of the X, Y and Z Agency": the words up to the institution's head are the body
                out.append(Candidate(part.first, part.last, EntityType.ORGANIZATION, "qualifier"))
            elif pending >= 0 and kind is PartKind.NAME and self._of_qualifier(index, pending):
                # "King of the Road", "Head of Research Jane Doe": the first word is what the title rules
                split = self._qualifier_split(part, part.first + 1, body_only=True)
                out.append(Candidate(part.first, split - 1, None, "", weak=True))
                if split <= part.last:
                    out.append(Candidate(split, part.last, EntityType.PERSON, "title"))
                    pending = -1
            elif pending >= 0 and kind is PartKind.NAME and self._before_title(index):
                # "Kapolsek Cipayung Kompol Andreas": the first name after a title says where
                single = part.first == part.last and not first.acronym
                where = EntityType.PLACE if single else EntityType.ORGANIZATION
                out.append(Candidate(part.first, part.last, where, "qualifier"))
            elif pending >= 0 and kind is PartKind.NAME and self._has_acronym(part, self._ruler(pending)):
                # "Kepala KSOP Tanjungwangi", "Kepala Seksi Operasional KSOP Kelas II", "Kepala BPBD Rina"
                body_only = self._appositive(pending, out) or self._name_follows(index)
                split = self._qualifier_split(part, self._after_acronyms(part), body_only)
                out.append(Candidate(part.first, split - 1, EntityType.ORGANIZATION, "qualifier"))
                if split <= part.last:
                    out.append(Candidate(split, part.last, EntityType.PERSON, "title"))
                    pending = -1
            elif pending >= 0 and kind is PartKind.NAME and self._body_before_person(index):
                # "Chief Executive Officer Ladangraya, Kevin Hartanto, mengatakan": the title's body
                out.append(Candidate(part.first, part.last, EntityType.ORGANIZATION, "qualifier"))
                pending = -1
            elif pending >= 0 and part.first == part.last and self.place_cue(index) and not first.acronym:
                # "dosen di Universitas X di Kupang": a lone word after "di" ends the qualifiers
                out.append(Candidate(part.first, part.last, EntityType.PLACE, "place-prep"))
                pending = -1
            else:
                candidate = self.name_candidate(index, after_title=pending >= 0)
                if candidate is None or candidate.cue != "acronym":
                    pending = -1  # "Ketua RT 05 Suparman": a lone acronym is still a qualifier
                if candidate is not None:
                    out.append(candidate)
        self.resolve_antecedents(out)
        return out

    def _body_before_person(self, index: int) -> bool:
        """A single word after a title, then the person's full name set off by commas.

        "Ketua Serikat Pekerja Ladangraya, Wulan Sari Dewi, menilai": the word names the
        body the title belongs to; a word the article cues as a name elsewhere still is one.
        """
        parts, tokens = self.parts, self.tokens
        part = parts[index]
        word = tokens[part.first]
        if part.first != part.last or word.acronym or word.folded in self.cued_singles:
            return False
        if index + 1 >= len(parts):
            return False
        person = parts[index + 1]
        if person.kind is not PartKind.NAME or person.last == person.first:
            return False
        if tokens[person.first].gap.strip() != "," or not tokens[person.first].capitalised:
            return False
        after = person.last + 1
        if after >= len(tokens) or tokens[after].gap.strip() != ",":
            return False
        # "Bharada X, Kuat Y, dan Z": a list goes on with a name or "dan", a body's clause with a verb
        nxt = tokens[after]
        return not nxt.capitalised and nxt.folded not in self.lex.connectors

    def _unit_number(self, k: int) -> bool:
        """"RT 05", "Kelas II": a number joined between an acronym or word and the next name."""
        tokens = self.tokens
        nxt = k + 1
        return (
            tokens[k].text.isdigit()
            and tokens[k].gap == " "
            and k > 0
            and tokens[k - 1].capitalised
            and nxt < len(tokens)
            and tokens[nxt].gap == " "
            and tokens[nxt].capitalised
        )

    def _short_form(self, part: Part) -> bool:
        """A single word in parentheses after a title: the short form of the title or body before it."""
        tokens = self.tokens
        after = part.last + 1
        closing = tokens[after].gap if after < len(tokens) else ")"
        opened = tokens[part.first].gap.strip() == "("
        return part.first == part.last and opened and closing.lstrip().startswith(")")

    def _of_qualifier(self, index: int, pending: int) -> bool:
        """"Mayor of Springfield", "King of the Road": after "TITLE of (the)" comes what it rules."""
        if self.word_at(index - 1) == "of":
            return pending == index - 2
        return self.word_at(index - 1) == "the" and self.word_at(index - 2) == "of" and pending == index - 3

    def _body_runs_on(self, part: Part) -> bool:
        """Whether, after "of", capitalised words joined by commas or "and" run on to an institution's head.

        "Head of the Meteorological, Climatological and Geophysical Agency": a name never
        continues into a list of fields that an organisation's head word closes.
        """
        tokens = self.tokens
        if not any(t.folded == "of" for t in tokens[max(0, part.first - 3) : part.first]):
            return False  # "head of (the) ...": an English office names its body after "of"
        k = part.last + 1
        while k < len(tokens) and k - part.last <= _BODY_RUN:
            token = tokens[k]
            if token.folded in ("and", "dan", "&", "of") and "\n" not in token.gap:
                k += 1
                continue
            if not token.capitalised or "\n" in token.gap or token.gap.strip() not in ("", ","):
                return False
            if token.folded in self.lex.title_starts:  # ", Kepala Badan ...": the next person's office
                return False
            if self._head_word(token):
                return True
            k += 1
        return False

    def _before_title(self, index: int) -> bool:
        """Whether the next part is a title in the same chunk, with a name after it."""
        parts, tokens = self.parts, self.tokens
        if index + 2 >= len(parts) or parts[index + 1].kind is not PartKind.TITLE:
            return False
        title, name = parts[index + 1], parts[index + 2]
        return (
            tokens[title.first].joined
            and tokens[name.first].joined
            and name.kind is PartKind.NAME
            and tokens[name.first].capitalised
        )

    def _ruler(self, index: int) -> bool:
        """Whether the title part ``index`` ends in a ruler's or a pope's title ("Paus", "King")."""
        title = self.parts[index]
        return ruler_title(self.tokens[title.last].folded)

    def _has_acronym(self, part: Part, ruler: bool = False) -> bool:
        """A run of several words led by an acronym or holding a long one ("KSOP Tanjungwangi").

        Personal names hold no acronym of three letters or more; two-letter initials ("Bambang DH")
        only count at the start. After a ruler's title (``ruler``) a Roman numeral closing the run is
        a regnal number ("Paus Leo XIV"), no acronym.
        """
        tokens = self.tokens[part.first : part.last + 1]
        if len(tokens) < 2 or tokens[0].title_case_line:
            return False
        if _coded(tokens[0]):
            return not is_initials(tokens[0].text)  # "Marsekal A.K. Fulan": a person's dotted initials
        if ruler and regnal_numeral(tokens[-1].text):
            tokens = tokens[:-1]
        return any(_coded(t) and sum(c.isalpha() for c in t.text) >= 3 for t in tokens)

    def _after_acronyms(self, part: Part) -> int:
        """Index after the last acronym or brand of the run ("Operasional KSOP Kelas II" -> past "II")."""
        last = max(k for k in range(part.first, part.last + 1) if _coded(self.tokens[k]))
        return last + 1

    def _appositive(self, title: int, out: list[Candidate]) -> bool:
        """Whether the title at part ``title`` describes the person named just before it ("X, Kepala Y")."""
        first = self.parts[title].first
        if "," not in self.tokens[first].gap or not out:
            return False
        return out[-1].type is EntityType.PERSON and out[-1].last == first - 1

    def _name_after_comma(self, index: int) -> bool:
        """Whether a comma and a name of two words or more follow part ``index`` ("..., Fulan Badu dalam"),
        or one word set off by commas before a lower-case word ("Kepala Dinas X dan Y, Fulan, yang")."""
        if index + 1 >= len(self.parts):
            return False
        nxt = self.parts[index + 1]
        first = self.tokens[nxt.first]
        if nxt.kind is not PartKind.NAME or first.gap.strip() != ",":
            return False
        if not first.capitalised or first.acronym or first.sentence_start:
            return False
        if nxt.last == nxt.first:
            return self._set_off(nxt.last + 1)
        # "Kepala Dinas X Fulan, Badu Santoso dan Sari": a list of names goes on, no body ends there
        after = nxt.last + 1
        if after >= len(self.tokens):
            return True
        token = self.tokens[after]
        return token.folded not in self.lex.connectors and not ("," in token.gap and token.capitalised)

    def _set_off(self, after: int) -> bool:
        """Whether token ``after`` closes a one-word apposition: a comma, then a lower-case word that
        goes on with the sentence, not a connector of a list ("..., Fulan, dan Badu")."""
        if after >= len(self.tokens):
            return False
        token = self.tokens[after]
        return token.gap.strip() == "," and not token.capitalised and token.folded not in self.lex.connectors

    def _name_follows(self, index: int) -> bool:
        """Whether another name continues the chunk after part ``index`` ("ASDP Cabang Ketapang Cahyo")."""
        if index + 1 >= len(self.parts):
            return False
        nxt = self.parts[index + 1]
        named = nxt.kind in (PartKind.KNOWN, PartKind.PLACE, PartKind.ORG, PartKind.NAME)
        return named and self.tokens[nxt.first].joined

    def _qualifier_split(self, part: Part, k: int, body_only: bool = False) -> int:
        """Where the person starts in a run after a title that opens with a qualifier ending before ``k``.

        Returns ``part.last + 1`` for no person. A word the article cues as a name elsewhere
        starts the person; otherwise the words after the qualifier are a name ("BPBD Rina
        Wulandari", "BNPB Suharyanto"), but a single word still belongs to the body when
        ``body_only``: the title describes a person named before it ("X, Kepala KSOP
        Tanjungwangi") or another name follows ("Manager ASDP Cabang Ketapang Cahyo").
        """
        for j in range(k, part.last + 1):
            if self.tokens[j].folded in self.cued_singles:
                return j
        if k > part.last or (body_only and part.last == k):
            return part.last + 1
        return k

    def resolve_antecedents(self, out: list[Candidate]) -> None:
        """A quote closed by "tuturnya" or "he said" needs a person named before it.

        "Di Posko X, Sutrisno masih menunggu ... "Kasur rusak," tuturnya.": when the
        paragraph (or, for a quote opening its paragraph, the one before) names no known
        person, its last untyped word that is written mid-sentence and starts a clause
        ("Sutrisno masih") is that person.
        """
        tokens = self.tokens
        starts = [c.first for c in out]
        for k, token in enumerate(tokens):
            if not _QUOTES.intersection(token.gap) or not self._pronoun_attribution(k):
                continue
            opening = self._quote_opening(k)
            stop = self._paragraph_start(opening)
            if stop == opening:
                stop = self._paragraph_start(stop - 1)
            stop = max(stop, opening - _LOOK_BACK)  # a body on one line is one endless paragraph
            before = out[bisect_left(starts, stop) : bisect_left(starts, opening)]
            if any(c.type is EntityType.PERSON for c in before):
                continue
            for c in reversed(before):
                if c.type is None and not c.weak and self._starts_clause(c):
                    c.type, c.cue = EntityType.PERSON, "antecedent"
                    break

    def _starts_clause(self, c: Candidate) -> bool:
        """A single non-acronym word followed by a lower-case word in the same clause ("Sutrisno masih")."""
        tokens = self.tokens
        nxt = c.last + 1
        return (
            c.first == c.last
            and not tokens[c.first].acronym
            and nxt < len(tokens)
            and tokens[nxt].gap.isspace()
            and tokens[nxt].text.islower()
        )

    def _pronoun_attribution(self, k: int) -> bool:
        tokens = self.tokens
        word = tokens[k].folded
        if word.endswith("nya") and (word[:-3],) in self.lex.speech_before:
            return True
        nxt = tokens[k + 1].folded if k + 1 < len(tokens) else ""
        return word in ("he", "she") and ((nxt,) in self.lex.speech_before or nxt in self.lex.speech_after)

    def _quote_opening(self, k: int) -> int:
        """Index of the token that opens the quote closed just before token ``k``."""
        j = k - 1
        limit = max(k - _LOOK_BACK, 0)
        while j > limit and not _QUOTES.intersection(self.tokens[j].gap) and "\n" not in self.tokens[j].gap:
            j -= 1
        return max(j, 0)

    def _paragraph_start(self, k: int) -> int:
        if self._paragraphs is None:  # where each token's paragraph starts, found once
            self._paragraphs = []
            start = 0
            for j, token in enumerate(self.tokens):
                if "\n" in token.gap:
                    start = j
                self._paragraphs.append(start)
        return self._paragraphs[k] if k > 0 else 0

    def person_tail(self, part: Part) -> int:
        """Where a titled person starts inside an organisation or place run, or ``part.last + 1``.

        "Kepala BPBD Kabupaten Bekasi Rina Wulandari" has no comma between the body and
        the person. The article tells where the name begins when it names the person
        alone elsewhere ("kata Rina", "kata Wirawan"); failing that, the gazetteer or a
        place head tells where the body's name ends ("Kabupaten Bekasi", "Universitas X").
        """
        first, last = part.first, part.last
        tokens = self.tokens
        if last - first < 2:
            return last + 1
        for k in range(first + 2, last):
            if tokens[k].folded in self.cued_singles:
                return self._given_names_before(k, first + 2)
        # "Badan Meteorologi, Klimatologi, dan Geofisika": a body's last listed field starts no name
        listed = tokens[last - 1].folded in self.lex.connectors
        if last - first >= 3 and tokens[last].folded in self.single_names and not listed:
            return last - 1 if last - 1 - first >= 2 else last
        end = self.body_end(first, last)
        if end is not None and (last - end >= 2 or tokens[last].folded in self.cued_singles):
            return end + 1
        # "Komisi IX DPR RI Nihayatul Wafiroh": a body's acronyms end it; two words after are a name
        acronyms = [k for k in range(first + 1, last + 1) if tokens[k].acronym]
        if acronyms and last - acronyms[-1] >= 2 and self._plain_name(acronyms[-1] + 1, last):
            return acronyms[-1] + 1
        return self._after_office_words(first, last)

    def _given_names_before(self, k: int, floor: int) -> int:
        """Where a name starts whose cued word ``k`` the article also writes alone: "Partai Contoh
        Sulfan Badu Ahmad" then "kata Badu" is Sulfan Badu Ahmad, not Badu Ahmad.

        The words before ``k`` (at most two, never before ``floor``) are its given names when each
        is a capitalised word no body or office is named of: no acronym or coded word, gazetteer
        name, head or office word, root word, and nothing the article writes in lower case.
        """
        tokens = self.tokens
        start = k
        while start > floor and k - start < _MAX_GIVEN_BEFORE and tokens[start].joined:
            token = tokens[start - 1]
            word = token.folded
            if not token.capitalised or not token.text.isalpha() or _coded(token) or word in self.lower_words:
                break
            if self._office_word(word) or word in self.lex.place_heads:
                break
            if self._entry_end(start - 1, start - 1) >= 0:  # "Gerindra", "Bekasi": the body's own name
                break
            start -= 1
        return start

    def _after_office_words(self, first: int, last: int) -> int:
        """"Menteri Badan Usaha Milik Negara Fulan Wibisono": Indonesian bodies are named in ordinary words.

        When the run is ordinary Indonesian words (root words, office words, heads) then two or
        more words that are none, those start the person; else ``last + 1``.
        """
        tokens = self.tokens
        if self.lang == "en":
            return last + 1
        k = first + 1
        while k <= last and self._office_word(tokens[k].folded):
            k += 1
        if k <= first + 1 or last - k < 1 or not self._plain_name(k, last):
            return last + 1
        if any(self._office_word(t.folded) or t.acronym for t in tokens[k : last + 1]):
            return last + 1
        return k

    def _office_word(self, word: str) -> bool:
        lex = self.lex
        return (
            is_plain_word(word)  # root words, affixed ones ("Kajian") and words news writes lower case
            or word in lex.portfolios
            or word in lex.common
            or word in lex.connectors
            or (word,) in lex.org_heads
        )

    def _plain_name(self, first: int, last: int) -> bool:
        """Words that may be a person's name: no hyphen compound, gazetteer name or head word in them.

        "PT ASDP Indonesia Ferry Cabang Ketapang": a country after the acronym keeps the body going.
        """
        tokens, lex = self.tokens, self.lex
        if tokens[first].hyphenated:  # "US-China Dialogue"
            return False
        for k in range(first, last + 1):
            word = tokens[k].folded
            if self._entry_end(k, last) >= 0 or (word,) in lex.org_heads or word in lex.place_heads:
                return False
        return True

    def body_end(self, first: int, last: int) -> int | None:
        """Last token of an organisation or place name opening ``first..last``, when certain.

        Certain means the name ends in a gazetteer entry ("Dinas Kesehatan Kota Makassar")
        or in the word after a place head ("Kota Tambun"), with any compass words after it
        ("Bekasi Utara"); the generic words before it ("Badan", "Daerah") prove nothing.
        """
        tokens, lex = self.tokens, self.lex
        certain: int | None = None
        k = first
        while k <= last:
            end = self._entry_end(k, last)
            if end == k and (tokens[k].folded,) in lex.org_heads:
                end = -1  # "Puskesmas", "RSUD": a listed head still needs the name after it
            if end < 0 and tokens[k].folded in lex.place_heads and k < last:
                end = k + 1
            if end >= 0:
                while end < last and tokens[end + 1].folded in lex.compass:
                    end += 1
                certain = k = end
            elif certain is not None or not self._generic(tokens[k].folded):
                break
            k += 1
        return certain

    def _entry_end(self, k: int, last: int) -> int:
        tokens = self.tokens
        for length in range(min(self.lex.longest_entry, last - k + 1), 0, -1):
            span = tokens[k : k + length]
            if self.lex.entry([t.text for t in span], [t.folded for t in span]) is not None:
                return k + length - 1
        return -1

    def _generic(self, word: str) -> bool:
        """Words any body's name may be built of ("Badan", "Perhubungan", "dan")."""
        lex = self.lex
        if (word,) in lex.org_heads:
            return True
        return word in lex.portfolios or word in lex.common or word in lex.connectors

    def _after_rank(self, index: int) -> bool:
        """Whether the title part ``index`` ends in a police or military rank, its corps perhaps after it
        ("Kombes Pol", "AKBP", "Brigjen TNI"): the name follows a rank, never a body it heads, though the
        name ends in an office's word ("Kombes Pol Fulan Patria Negara")."""
        title = self.parts[index]
        words = [t.folded.rstrip(".") for t in self.tokens[title.first : title.last + 1]]
        while len(words) > 1 and words[-1] in folded_set("people/words.txt", "rank_corps"):
            words.pop()
        return bool(words) and words[-1] in _name_ranks()

    def _qualifier_like(self, part: Part) -> bool:
        """A capitalised run made of office words ("Kemterian Luar Negeri") qualifies a title, not a name."""
        words = self.tokens[part.first : part.last + 1]
        return len(words) > 1 and any(t.folded in self.lex.portfolios for t in words)


_MAX_GIVEN_BEFORE = 2  # given names written before a name the article cues alone


@cache
def _name_ranks() -> frozenset[str]:
    """Police and military ranks (``people/words.txt`` [ranks], less
    [rank_corps] and [rank_office]) that only ever precede a name."""
    words = "people/words.txt"
    return folded_set(words, "ranks") - folded_set(words, "rank_corps") - folded_set(words, "rank_office")


def _coded(token: Token) -> bool:
    """An acronym, a brand or a body's short name ("KSOP", "SpaceX", "Kemenpora"): never a person."""
    return token.acronym or brand_word(token.text) or body_word(token.text)


def type_parts(tokens: list[Token], parts: list[Part], lex: Lexicon, lang: str) -> list[Candidate]:
    """One candidate per part that may name something, in text order."""
    return _Typer(tokens, parts, lex, lang).run()
