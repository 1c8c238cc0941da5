"""Five shapes of a small site's name on unseen pages (issue 10, session 46): a capitals sign of a word of the
language and its town before the lead's dash, a one-word or a three-word name before a comma and a town, an
invitation to the site's news that names its domain, and a domain after the mark closing the story. Every page
and name here is made up."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_article

_TITLE = "Pasar Desa Dibuka Kembali"
_LEAD = (
    "Pasar desa yang sempat ditutup selama dua bulan kini dibuka kembali untuk para pedagang. Kepala pasar, "
    "Fulan Hidayat, mengatakan semua kios sudah diperbaiki."
)
_QUOTE = '"Semua pedagang lama boleh kembali berjualan di sini," kata Fulan.'


def _page(*paragraphs: str) -> str:
    return "\n\n".join([_TITLE, *paragraphs]) + "\n"


def _outlet(tmp_path: Path, *paragraphs: str) -> str:
    return load_article(tmp_path, _page(*paragraphs)).outlet


def test_a_capitals_sign_of_a_word_and_its_town_is_the_sites_name_whole(tmp_path: Path) -> None:
    assert _outlet(tmp_path, f"PELITA BLORA - {_LEAD}", _QUOTE) == "Pelita Blora"


def test_a_coined_name_before_its_town_is_the_site_alone(tmp_path: Path) -> None:
    assert _outlet(tmp_path, f"KABARWARTA BLORA - {_LEAD}", _QUOTE) == "Kabarwarta"


def test_a_listed_networks_edition_is_kept(tmp_path: Path) -> None:
    assert _outlet(tmp_path, f"TRIBUN BLORA - {_LEAD}", _QUOTE).casefold() == "tribun blora"


def test_a_name_run_into_an_outlet_word_beside_a_town_the_gazetteer_lacks(tmp_path: Path) -> None:
    assert _outlet(tmp_path, f"Kabarwarta, Talangsari – {_LEAD}", _QUOTE) == "Kabarwarta"


def test_two_unknown_words_beside_each_other_name_no_outlet(tmp_path: Path) -> None:
    assert _outlet(tmp_path, f"Talangsari, Wonosari – {_LEAD}", _QUOTE) == ""


def test_three_words_opening_with_a_brand_word_are_a_site_not_a_reporter(tmp_path: Path) -> None:
    assert _outlet(tmp_path, f"Lensa Fajar Timur, Blora – {_LEAD}", _QUOTE) == "Lensa Fajar Timur"


def test_a_reporters_three_word_name_beside_a_town_is_still_no_outlet(tmp_path: Path) -> None:
    assert _outlet(tmp_path, f"Fulan Hidayat Saputra, Blora – {_LEAD}", _QUOTE) == ""


def test_an_invitation_to_the_sites_news_names_its_domain(tmp_path: Path) -> None:
    footer = "Dapatkan update berita WARTASUKAMAJU.CO.ID di kanal pilihan Anda, cukup tekan tombol ini"
    assert _outlet(tmp_path, _LEAD, _QUOTE, footer).casefold() == "wartasukamaju.co.id"
    # in capitals, where the invitation is also read as one to the words after "DI"
    assert _outlet(tmp_path, _LEAD, _QUOTE, footer.upper()).casefold() == "wartasukamaju.co.id"


def test_an_invitation_to_a_topics_news_names_no_outlet(tmp_path: Path) -> None:
    footer = "Dapatkan update berita Blora di kanal pilihan Anda, cukup tekan tombol ini"
    assert _outlet(tmp_path, _LEAD, _QUOTE, footer) == ""


def test_a_domain_after_the_closing_mark_signs_the_story(tmp_path: Path) -> None:
    assert _outlet(tmp_path, _LEAD, f"{_QUOTE} *** kabarsukamaju.id").casefold() == "kabarsukamaju.id"
    assert _outlet(tmp_path, _LEAD, _QUOTE, "*** kabarsukamaju.id").casefold() == "kabarsukamaju.id"


def test_a_domain_the_last_sentence_names_is_no_signature(tmp_path: Path) -> None:
    last = "Jadwal buka pasar dapat dilihat di laman kabarsukamaju.id."
    assert _outlet(tmp_path, _LEAD, _QUOTE, last) == ""
