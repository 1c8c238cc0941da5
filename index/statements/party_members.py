"""``tutur politikus PKB``: a party member described by the party points back to whoever the
article introduced with that party in their office.

The article introduces its politician by a long party office (``Koordinator Bidang X DPP PKB
Fulan``) and later calls them ``politikus PKB``. The description shares no role word with the
office, only the party, so it pointed back to nobody. When every role word of a description is
a member word (the ``party_member`` class of ``data/speech_lexicon.tsv``) and each of its other
content words (the party) is in an introduction's office, that introduction fits.
"""

from __future__ import annotations

from collections.abc import Set

from .lexicon import lexicon

__all__ = ["member_of_party"]


def member_of_party(content: Set[str], roles: Set[str], office: Set[str]) -> bool:
    """Whether a description of ``content`` words (``roles`` among them) names a member of a party
    that an introduction's ``office`` words hold."""
    lex = lexicon()
    if not roles or not all(lex.is_a(w, "party_member") for w in roles):
        return False
    party = {w for w in content - roles if not lex.is_a(w, "party_member")}
    return bool(party) and party <= office
