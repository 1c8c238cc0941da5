"""The run of capitalised and role words that opens a phrase: where a subject's name may stand."""

from __future__ import annotations

from .lexicon import lexicon
from .office_list import ballot_number
from .phrase import ROLE_GLUE
from .text import Token

_LEAD_GAP = frozenset(" ()\u00a0")


def lead_words(body: str, toks: list[Token]) -> list[Token]:
    """The run of capitalised and role words opening ``toks`` (``Rektor UKR Prof. Dr. Nama``)."""
    lex = lexicon()
    lead: list[Token] = []
    for tok in toks:
        if lead:
            gap = body[lead[-1].end : tok.start]
            dotted = gap.startswith(".") and lex.is_a(lead[-1].text, "abbreviation")
            if not all(c in _LEAD_GAP for c in (gap[1:] if dotted else gap)):
                break
        # "The President of the Republic of Sukamaju Fulan Hidayat": "the" after "of" goes on
        article = bool(lead) and tok.text == "the" and lead[-1].text.casefold() in ROLE_GLUE
        goes_on = tok.capitalised or lex.is_a(tok.text, "role") or tok.text.casefold() in ROLE_GLUE or article
        if not (goes_on or ballot_number(lead, tok)):  # "Calon presiden nomor urut 02 Fulan"
            break
        lead.append(tok)
    return lead
