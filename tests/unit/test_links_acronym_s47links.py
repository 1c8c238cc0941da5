"""An acronym in an English quote is kept as written (session 47, issue 10): the English stemmer cut
``ITE`` (a law's name, the same in an Indonesian quote) to ``it``. A capitalised function word
(``US``) is still dropped or aliased as before. Fixtures written for kutip."""

from __future__ import annotations

from kutip.index.linking.normalise import content_terms


def test_an_acronym_keeps_its_letters() -> None:
    english = content_terms("Some reports fall under the ITE Law, the official said", "en")
    assert "ite" in english and "it" not in english
    assert "ite" in content_terms("Beberapa laporan masuk UU ITE, kata pejabat itu", "id")
    assert content_terms("it is", "en") == []  # the pronoun stays a function word
    assert "us" not in content_terms("AND US", "en")
