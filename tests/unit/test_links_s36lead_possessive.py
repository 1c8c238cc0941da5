"""An English possessive does not hide a gazetteer name from the Indonesian report (session 36, lead).

"Bulog's stock" and "stok Bulog" name one body: linking reads both as the gazetteer's alias, so
the English report's words must be read without the possessive.
"""

from __future__ import annotations

from kutip.index.linking.normalise import content_terms


def test_possessive_name_reads_as_the_bare_names_alias() -> None:
    assert content_terms("Bulog's stock and Singapore’s port", "en") == content_terms(
        "Bulog stock and Singapore port", "en"
    )


def test_a_possessive_of_a_plain_word_keeps_its_term() -> None:
    assert content_terms("the minister's plan", "en") == content_terms("the minister plan", "en")


def test_indonesian_text_is_read_as_written() -> None:
    assert content_terms("Bulog's", "id") != content_terms("Bulog", "id")
