"""Types each segmented part from the words around it.

Capital letters only propose names; the type comes from cues: a title before the
name (past qualifiers such as "Rusia" or "untuk AS"), a speech verb beside it, a title
after a comma ("X, seorang pakar"), a head word, a preposition of place, or the shape
of the word (an acronym, a web address). A capitalised word with no cue at the start of
a sentence or in a headline stays unresolved: it becomes a name only if it links to a
name established elsewhere in the article.
"""

from __future__ import annotations

from dataclasses import dataclass

from kutip.index.entities.lexicon import GazetteerEntry, Lexicon
from kutip.index.entities.segment import Part, PartKind
from kutip.index.entities.tokens import Token
from kutip.index.models import EntityType

__all__ = ["Candidate", "type_parts"]

_MAX_QUALIFIERS = 8


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


class _Typer:
    def __init__(self, tokens: list[Token], parts: list[Part], lex: Lexicon, lang: str) -> None:
        self.tokens = tokens
        self.parts = parts
        self.lex = lex
        self.lang = lang
        self.lower_words = frozenset(t.folded for t in tokens if t.text.islower())
        self.single_names = frozenset(
            tokens[p.first].folded for p in parts if p.kind is PartKind.NAME and p.first == p.last
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
        if before and first.gap.isspace() and (before,) in self.lex.speech_before:
            return True
        if (self.word_at(index - 2), before) in self.lex.speech_before and first.gap.isspace():
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
        nxt = index + 1
        if self.word_at(nxt) in self.lex.apposition:
            nxt += 1
        return nxt < len(self.parts) and self.parts[nxt].kind is PartKind.TITLE

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
        weak = self.is_weak_word if tokens[first].title_case_line else self._ordinary
        while last > first and weak(tokens[last]):
            last -= 1
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
        if first == last and token.acronym and not token.title_case_line:
            return Candidate(first, last, EntityType.ORGANIZATION, "acronym")
        if after_title:
            return Candidate(first, last, EntityType.PERSON, "title")
        if self.speech_cue(index) or self.apposition_cue(index):
            return Candidate(first, last, EntityType.PERSON, "speech")
        if first == last:
            if "." in token.text and token.text[-1].islower():
                return Candidate(first, last, EntityType.ORGANIZATION, "address")
            if self.place_cue(index) and not weak_position:
                return Candidate(first, last, EntityType.PLACE, "place-prep")
            return Candidate(first, last, None, "", weak=weak_position)
        if weak_position and self.is_weak_word(token):
            return Candidate(first, last, None, "", weak=True)
        return Candidate(first, last, EntityType.PERSON, "shape", weak=token.title_case_line)

    def run(self) -> list[Candidate]:
        out: list[Candidate] = []
        pending = -1  # index of the title part still waiting for its name
        for index, part in enumerate(self.parts):
            first = self.tokens[part.first]
            if first.sentence_start or index - pending > _MAX_QUALIFIERS:
                pending = -1
            kind = part.kind
            if kind is PartKind.TITLE:
                pending = index
            elif kind is PartKind.WORD:
                if first.folded not in self.lex.qualifier_links:
                    pending = -1
            elif kind is PartKind.QUALIFIER:
                continue
            elif kind is PartKind.KNOWN:
                assert part.entry is not None
                out.append(Candidate(part.first, part.last, part.entry.type, "gazetteer", part.entry))
            elif kind in (PartKind.ORG, PartKind.PLACE):
                kind_type = EntityType.ORGANIZATION if kind is PartKind.ORG else EntityType.PLACE
                split = self.person_tail(part) if pending >= 0 else part.last + 1
                out.append(Candidate(part.first, split - 1, kind_type, "head"))
                if split <= part.last:
                    out.append(Candidate(split, part.last, EntityType.PERSON, "title"))
                    pending = -1
            elif pending >= 0 and self._qualifier_like(part):
                out.append(Candidate(part.first, part.last, EntityType.ORGANIZATION, "qualifier"))
            elif pending >= 0 and part.first == part.last and self.place_cue(index) and not first.acronym:
                # "dosen di Universitas X di Kupang": a lone word after "di" ends the qualifiers
                out.append(Candidate(part.first, part.last, EntityType.PLACE, "place-prep"))
                pending = -1
            else:
                candidate = self.name_candidate(index, after_title=pending >= 0)
                pending = -1
                if candidate is not None:
                    out.append(candidate)
        return out

    def person_tail(self, part: Part) -> int:
        """Where a titled person starts inside an organisation run, or ``part.last + 1``.

        "Direktur Lembaga Riset Nusantara Andi Wirawan" has no comma between the body and
        the person; the article tells where the name begins when it uses the surname
        alone elsewhere ("kata Wirawan").
        """
        last = part.last
        if last - part.first < 3 or self.tokens[last].folded not in self.single_names:
            return last + 1
        return last - 1 if last - 1 - part.first >= 2 else last

    def _qualifier_like(self, part: Part) -> bool:
        """A capitalised run made of office words ("Kemterian Luar Negeri") qualifies a title, not a name."""
        words = self.tokens[part.first : part.last + 1]
        return len(words) > 1 and any(t.folded in self.lex.portfolios for t in words)


def type_parts(tokens: list[Token], parts: list[Part], lex: Lexicon, lang: str) -> list[Candidate]:
    """One candidate per part that may name something, in text order."""
    return _Typer(tokens, parts, lex, lang).run()
