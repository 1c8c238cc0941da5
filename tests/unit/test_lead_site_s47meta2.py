"""Session 47, meta2 (made-up text): the domain opening a lead, written with a slip a scrape or a
writer left: a section label's last word run into it ("Sport NewsContoh.com |") and a comma for its
dot ("Contoh,id- …"). The site is still the outlet; a listed outlet and a comma in prose stay."""

from __future__ import annotations

from kutip.index.ingest.plaintext import parse_plain_text

_TITLE = "Lapangan Kota Tirtamaya Dibuka untuk Umum\n"
_LEAD = " Pemerintah kota membuka lapangan baru di tepi sungai untuk warga pada pekan ini.\n"


def _outlet(opener: str) -> str:
    return parse_plain_text(_TITLE + opener + _LEAD, source="p.txt").outlet


def test_a_section_tail_glued_to_the_domain_is_cut_off() -> None:
    assert _outlet("Sport NewsSuarapesisir.com |") == "Suarapesisir.com"


def test_a_capitalised_domain_without_a_label_before_it_stays_whole() -> None:
    assert _outlet("NewsSuarapesisir.com |") == "NewsSuarapesisir.com"


def test_a_glued_word_that_is_no_section_tail_stays() -> None:
    assert _outlet("Sport KabarSuarapesisir.com |") == "KabarSuarapesisir.com"


def test_a_comma_for_the_domains_dot_still_names_the_site() -> None:
    assert _outlet("Suarapesisir,id-") == "Suarapesisir.id"


def test_a_comma_before_a_word_is_no_domain() -> None:
    assert _outlet("Suarapesisir, id -") == ""
