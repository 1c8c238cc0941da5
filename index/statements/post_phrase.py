"""The speaker phrase after a post verb (``kata Juru bicara X, Nama``, ``said the party
chairman, Fulan``): who it names, an office and its holder after a comma, or a description."""

from __future__ import annotations

from .aliases import named_by_alias
from .apposed_after import holder_follows
from .cue_parts import apposition, holder_after
from .lexicon import lexicon
from .names import NameBook
from .office_list import office_list_name
from .office_of import phrase_end
from .phrase import speaks_for
from .runs import apposed_at, joined_gap, office_named
from .seated_office import seat_apposed_at
from .speaker_ref import NONE, UNNAMED, SpeakerRef
from .text import Token

DESCRIBING = ("role", "indefinite", "person_noun")  # words a description before ", Name" opens with
_NO_DESCRIPTION = ("pronoun", "function", "abbreviation", "honorific")


def np_after(book: NameBook, toks: list[Token], i: int, end: int) -> tuple[SpeakerRef, int]:
    """The speaker phrase starting at ``toks[i]`` (``kata Juru bicara X, Nama, seorang pakar``)."""
    lex = lexicon()
    body = book.body
    alias = named_by_alias(body, toks, i)[:2]
    if alias:
        # "ujar pria yang akrab disapa Ulan ini": the short name the description gives is the speaker
        ref, _ns, _ne = book.analyse(alias[0].start, alias[-1].end)
        if ref.kind == "person":
            return ref, alias[-1].end
    j = phrase_end(book, toks, i)
    if j == i:
        return NONE, toks[i].start
    ref, _ns, _ne = book.analyse(toks[i].start, toks[j - 1].end)
    np_end = toks[j - 1].end
    apposed = apposed_at(body, toks, j)
    if apposed is None:
        apposed = seat_apposed_at(body, toks, i, j)  # "kata Kepala Balai X di Sukamaju, Fulan"
    role_led = lex.is_a(toks[i].text, "role")  # "kata Ketua Fraksi X DPRD Y, Fulan": the body heads a role
    # "kata Kadinsos Sukamaju, Fulan": an office short form the recogniser took for a name's first word
    office_led = ref.kind == "person" and ref.name is not None and office_named(ref.name, toks[i].text)
    described = ref.kind in ("none", "office") or (ref.kind == "org" and role_led) or office_led
    opens = office_led or lex.is_any(toks[i].text, DESCRIBING)
    related = ref.kind == "person" and _common_noun_led(body, toks[i])
    if apposed and related and _person_at(book, toks, apposed):
        described = opens = True  # "kata perwakilan warga Fulan, Badu": a relation of Fulan; Badu speaks
    if apposed and holder_follows(toks[i:apposed]):
        described = opens = True  # "said the party chairman, Fulan", "said Badu's campaign chief, Fulan"
    if apposed and role_led and ref.kind == "person" and not described:
        # "kata Presiden Direktur PT Contoh Niaga, Fulan": a role opens the phrase, so the
        # capitals after it are its body even where the recogniser read a person there; the
        # person after the comma holds the role
        described = opens = holder_after(book, toks, apposed)
    if described and opens and apposed:
        # "kata Juru bicara Kementerian, Lin Jian, ..." (not "kata Kadisdik saat membuka …"),
        # "kata pengamat politik dari Universitas X, Fulan", "kata salah satu warga, Fulan"
        ref2, name_at, k = _apposed_ref(book, toks, apposed)
        if ref2.kind == "person" and speaks_for(toks[i:k], name_at):
            return UNNAMED, toks[k - 1].end  # "kata kuasa hukum dari Fulan": the lawyer, unnamed
        if ref2.kind == "person":
            role = body[toks[i].start : toks[apposed - 1].end]
            return SpeakerRef("person", ref2.name, role), toks[k - 1].end
        listed = office_list_name(book, toks, i, j)
        if listed is not None:
            return listed
    if ref.kind == "person" and ref.role is None:
        appositive = apposition(body, np_end, end)
        if appositive:
            ref = SpeakerRef(ref.kind, ref.name, appositive)
    return ref, np_end


def _apposed_ref(book: NameBook, toks: list[Token], apposed: int) -> tuple[SpeakerRef, int, int]:
    """The ref of the joined words after a description's comma, its name's start, and the index
    after its last word."""
    k = apposed + 1
    while k < len(toks) and joined_gap(book.body, toks[k - 1], toks[k].start):
        k += 1
    ref, name_at, _e = book.analyse(toks[apposed].start, toks[k - 1].end)
    return ref, name_at, k


def _person_at(book: NameBook, toks: list[Token], apposed: int) -> bool:
    return _apposed_ref(book, toks, apposed)[0].kind == "person"


def _common_noun_led(body: str, tok: Token) -> bool:
    """A phrase opening with a lower-case word that is no pronoun and no title (``dr.``, ``pak``):
    a description, whoever it names."""
    lex = lexicon()
    if body[tok.end : tok.end + 1] == "." or lex.is_any(tok.text, _NO_DESCRIPTION):
        return False
    return tok.text.isalpha() and tok.text.islower()
