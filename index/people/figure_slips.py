"""A written name read as a listed figure's misspelt: the figure's long words only.

:func:`kutip.index.people.public.public_name` shows a name spelt one letter off a listed figure's
(two words or more, ten letters or more) as the figure. A short last word one letter off is too
often another family's name ("Fulan Sadar" is no slip of a listed "Fulan Sadat": both are names,
and the page introduces its own person in full, with an office). As
:mod:`kutip.index.entities.slipped_figures` reads a figure's surname, a word that differs by more
than the letters written for one sound needs six letters or more in the list's spelling.
"""

from __future__ import annotations

from kutip.index.entities.slipped_figures import SURNAME_MIN
from kutip.index.people.names import same_spelling_variant, sounds_alike, spelling

__all__ = ["figure_slip"]


def figure_slip(written: str, form: str) -> bool:
    """Whether the key ``written`` is the list's ``form`` misspelt: a spelling variant
    (:func:`same_spelling_variant`) whose every word that differs by more than one sound's letters
    (``Azis``/``Aziz``) has six letters or more in the list's spelling."""
    if not same_spelling_variant(written, form):
        return False
    pairs = zip((spelling(w) for w in written.split()), (spelling(w) for w in form.split()), strict=True)
    return all(x == y or sounds_alike(x, y) or len(y) >= SURNAME_MIN for x, y in pairs)
