"""News outlets named in running text: "Suara Delta Online" is a newspaper, never a person.

The outlet list and outlet words belong to ingest, which reads bylines and datelines;
recognition asks the same source so that both agree on what an outlet is.
"""

from __future__ import annotations

from collections.abc import Sequence

from kutip.index.language import fold

__all__ = ["is_outlet_run", "is_outlet_word"]


def is_outlet_word(word: str) -> bool:
    """A word outlets build their names on ("Harian", "Online", "Ledger")."""
    # Imported here: kutip.index.ingest reads datelines with this package's gazetteer.
    from kutip.index.ingest.outlets import has_outlet_word

    return has_outlet_word(word)


def is_outlet_run(written: Sequence[str], common: frozenset[str]) -> bool:
    """Whether capitalised words (each with the gap before it) name an outlet.

    A listed outlet ("IDN Times") always does; otherwise an outlet word must open or
    close the run, and either some other word is a real name ("Berita Terkini" is a
    heading) or outlet words both open and close it ("Warta Timur Online").
    """
    from kutip.index.ingest.outlets import is_outlet_name

    if is_outlet_name("".join(written)):
        return True
    words = [w.strip(" \u00a0") for w in written]
    opens, closes = is_outlet_word(words[0]), is_outlet_word(words[-1])
    if opens and closes and len(words) > 2:
        return True
    return (opens or closes) and any(not is_outlet_word(w) and fold(w) not in common for w in words)
