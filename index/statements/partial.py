"""Short partial quotations: a named person's own words inside a sentence about them."""

from __future__ import annotations

from .attribution import Attribution, subject_before
from .lexicon import lexicon
from .marks import Quotation
from .names import NameBook
from .text import Token, tokens


def named_speakers_words(body: str, lang: str, att: Attribution, q: Quotation) -> bool:
    """Whether a quotation of one or two words after a speech verb is still the speaker's.

    ``Fulan said the deal was "a first step"``: in English reporting a named person's verb
    governs the fragment, so it is a partial quotation. A pronoun subject (``he said``) leaves
    it a term the outlet marks, and words all capitalised (a brand, a title, a nickname) are a
    name in marks, never anyone's words.
    """
    if lang != "en" or att.ref.kind != "person":
        return False
    words = tokens(body, q.start, q.end)
    return bool(words) and not all(w.capitalised for w in words)


def name_in_marks(body: str, q: Quotation) -> bool:
    """``Fulan menyatakan, "Lautmas" adalah …``: one capitalised word in marks, the sentence going
    on in lower case right after the closing mark, is a brand or title the cue's clause is about,
    not the words the cue introduces."""
    words = tokens(body, q.start, q.end)
    if len(words) != 1 or not words[0].capitalised or q.close is None:
        return False
    if body[q.start : q.end].strip() != words[0].text:
        return False  # "Siap!", "Merdeka," : a one-word utterance
    after = body[q.mark_end : q.mark_end + 40].lstrip(" \u00a0")
    return after[:1].islower()


def object_verbs_subject(book: NameBook, floor: int, verb: Token, q: Quotation) -> Attribution | None:
    """``Fulan urged the council to act against "…"``, ``Fulan highlighted the line as "…"``: a
    verb that takes an object before the fragment has no speaker after it; in English its subject,
    a person named in the sentence, said the fragment (a partial quotation of any length). A verb
    of class quotation_only (``Fulan shared the "…" plan``) cues only a quotation after its comma."""
    if lexicon().is_a(verb.text, "quotation_only"):
        return None
    ref, cue_start = subject_before(book, floor, verb)
    att = Attribution(ref, cue_start, verb.end)
    return att if named_speakers_words(book.body, book.lang, att, q) else None
