"""Session 48 metadata forms (made-up pages): a newsroom of several words named in the page's own sight with
the day it saw ("seperti dilihat Contoh News, Selasa (…)"); a member paper's story as a syndication network
passes it on ("JAKARTA (Contoh Post/Contoh News Network): …"); a headline over its dek, byline and stamp,
under a "today" banner; a yearless stamp the outlet's printed address completes; a quotation a scrape cut
across two lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.brand import brand_on_page
from kutip.index.ingest.outlets import credited_paper
from kutip.index.ingest.text import rejoin_cut_sentences
from tests.conftest import load_article as load_text

# -- a newsroom dated in the page's own sight -------------------------------------------------------------


def _sight(name: str) -> list[str]:
    return [
        "Warga Sukamaju menolak rencana pasar baru di atas sawah desa, Rabu (12/3/2025).",
        f"Bupati Ana Lee menyampaikan rencana itu lewat akun media sosialnya seperti dilihat {name}, Rabu "
        "(12/3/2025).",
        '"Pasar ini untuk warga desa," tulisnya.',
    ]


def test_newsroom_dated_in_own_sight_signs_the_page() -> None:
    body = _sight("KR News")
    assert brand_on_page(body, body) == "KR News"


def test_office_dated_in_own_sight_is_no_newsroom() -> None:
    body = _sight("Kepala Dinas")
    assert brand_on_page(body, body) == ""


def test_newsroom_passing_on_a_report_with_its_day_does_not_sign() -> None:
    """ "dilansir X, Selasa (…)" passes another's report on: not a cue of the dated own sight."""
    body = _sight("KR News")
    body[1] = body[1].replace("seperti dilihat", "seperti dilansir")
    assert brand_on_page(body, body) == ""


# -- a member paper's story as a syndication network passes it on -----------------------------------------

_ENGLISH_LEAD = (
    "After a long wait, the residents of the city rejected the plan for a new market on Thursday (Oct 9), "
    "officials said."
)
_ENGLISH_STORY = '"We reject it because the land is farmland," said Ana Lee, a farmer.'


@pytest.mark.parametrize("mark", ["):", ") -", ") –"])
def test_paper_before_its_network_is_the_outlet(tmp_path: Path, mark: str) -> None:
    text = f"Villagers Reject New Market\n\nJAKARTA (Kompas/Contoh News Network{mark} {_ENGLISH_LEAD}\n\n{_ENGLISH_STORY}"
    assert load_text(tmp_path, text).outlet == "Kompas"


def test_paper_translating_a_listed_wire_is_not_read_so(tmp_path: Path) -> None:
    text = f"Villagers Reject New Market\n\nJAKARTA (Kompas/Reuters): {_ENGLISH_LEAD}\n\n{_ENGLISH_STORY}"
    assert load_text(tmp_path, text).outlet == ""


def test_credited_paper_needs_a_listed_paper_and_a_network() -> None:
    assert credited_paper("Kompas/Contoh News Network") == "Kompas"
    assert credited_paper("Contoh Post/Contoh News Network") == "Contoh Post/Contoh News Network"
    assert credited_paper("Kompas/Ana Lee") == "Kompas/Ana Lee"


# -- an English head block: headline, dek, byline, stamp, under a "today" banner -------------------------

_HEAD_BLOCK = """Close
Saturday November 23, 2030

Former mayor Ana Lee claims victory in city council vote

Ana Lee leads city council vote by 58% in early tally

By City Desk
February 14, 2030
Ana Lee waves to a crowd at her campaign office on February 14, 2030. - AFP

Ana Lee, the former mayor of the city, announced her victory in the council vote after a first count of the \
ballots showed a wide lead over her rivals.

Pollsters put the former teacher, 62, well ahead: early tallies from a sample of polling places gave \
her 58%.

"Nobody should gloat tonight; the whole city won this," she told the crowd.
"""


def test_headline_over_its_dek_byline_and_stamp(tmp_path: Path) -> None:
    assert (
        load_text(tmp_path, _HEAD_BLOCK).title == "Former mayor Ana Lee claims victory in city council vote"
    )


def test_stamp_under_the_byline_dates_the_page_under_a_today_banner(tmp_path: Path) -> None:
    assert load_text(tmp_path, _HEAD_BLOCK).date == "2030-02-14"


def test_today_banner_alone_still_dates_nothing(tmp_path: Path) -> None:
    text = _HEAD_BLOCK.replace("February 14, 2030\n", "")
    assert load_text(tmp_path, text).date == ""


# -- a yearless stamp the printed address of the same outlet completes ------------------------------------

_REPRINT = """Kompas-Aug 23

The minister wants the three state ferry lines joined into one firm to cut costs; analysts doubt it \
will help. Full story:

https://www.kompas.com/paper/2031/08/23/ministry-to-merge-ferry-lines.html.
"""


def test_yearless_stamp_takes_its_year_from_the_outlets_address(tmp_path: Path) -> None:
    article = load_text(tmp_path, _REPRINT)
    assert (article.outlet, article.date) == ("Kompas", "2031-08-23")


@pytest.mark.parametrize(
    ("stamp", "address"),
    [
        ("Kompas-Aug 24", "https://www.kompas.com/paper/2031/08/23/x.html"),  # another day
        ("Kompas-Aug 23", "https://www.kabarlain.com/paper/2031/08/23/x.html"),  # another outlet's address
    ],
)
def test_yearless_stamp_and_address_must_agree(tmp_path: Path, stamp: str, address: str) -> None:
    text = _REPRINT.replace("Kompas-Aug 23", stamp).replace(
        "https://www.kompas.com/paper/2031/08/23/ministry-to-merge-ferry-lines.html", address
    )
    assert load_text(tmp_path, text).date == ""


# -- a quotation a scrape cut across two lines ------------------------------------------------------------


def test_quotation_closed_on_the_next_line_is_one_paragraph() -> None:
    paragraphs = [
        "“Sebagai partai kecil, kami akan segera menyiapkan rapat anggota.",
        "Sesuai aturan yang berlaku,” kata Ana Lee di kantornya.",
    ]
    assert rejoin_cut_sentences(paragraphs) == [" ".join(paragraphs)]


@pytest.mark.parametrize(
    "second",
    [
        "“Kedua, kami tidak lagi ikut koalisi,” kata Ana Lee.",  # each paragraph of a long quotation opens again
        "Ana Lee menolak menjelaskan alasannya.",  # the quotation is never closed
    ],
)
def test_paragraphs_of_a_quotation_that_opens_again_stay_apart(second: str) -> None:
    paragraphs = ["“Pertama, kami menarik dukungan kepada calon itu.", second]
    assert rejoin_cut_sentences(paragraphs) == paragraphs


# -- a logo's text naming a listed outlet of several words ------------------------------------------------

_LOGO_STORY = (
    "Ana Lee mengatakan aturan program perumahan desa sudah dikirim ke bank daerah dan para pengembang "
    "kecil di Sukamaju sejak pekan lalu.\n\n"
    "Namun, kata Ana, program itu hanya untuk tukang dan kontraktor kecil dari kampung sendiri.\n\n"
    "“Program ini untuk warga desa yang belum punya rumah,” ujarnya.\n"
)


def test_logo_text_of_a_listed_outlet_of_two_words_names_the_site(tmp_path: Path) -> None:
    article = load_text(tmp_path, f"Logo Kompas TV\n\n{_LOGO_STORY}")
    assert article.outlet == "Kompas TV"
    assert article.title == ""


def test_logo_of_an_unlisted_name_names_nothing(tmp_path: Path) -> None:
    """ "Logo Partai Contoh" over a story is as often a picture's caption: only a listed name signs."""
    assert load_text(tmp_path, f"Logo Partai Contoh Raya\n\n{_LOGO_STORY}").outlet == ""


# -- the outlet a paragraph passes on, and the interview the next paragraph reports ---------------------

_PASSING_ON = (
    "Pilih edisi Tempo lainnya.\n\n"
    "Menteri Ana Lee menyatakan siap menunda kebijakan iuran rumah yang ditolak warga, Kamis (6/6/2030).\n\n"
    '"Kalau belum siap, untuk apa buru-buru?" kata Ana seperti dikutip dari Detik.\n\n'
    "Para pengamat kepada Tempo mengatakan sikap menteri itu tanda makin jauhnya kabinet dari presiden.\n\n"
    '"Makin banyak pembantu presiden yang tidak sepaham," kata Budi Santoso, pengamat politik.\n'
)


def test_interview_after_a_paragraph_passing_on_another_outlet_is_the_pages_own(tmp_path: Path) -> None:
    assert load_text(tmp_path, _PASSING_ON).outlet == "Tempo"


def test_outlet_passed_on_in_its_own_paragraph_still_never_signs(tmp_path: Path) -> None:
    text = _PASSING_ON.replace("dikutip dari Detik.", "dikutip dari Tempo.")
    assert load_text(tmp_path, text).outlet == ""


# -- a site's two-letter sign between the place's dash and a colon ----------------------------------------

_SIGNED_LEAD = (
    "Bandung – KR: Bupati menemui para petani di balai desa untuk membahas rencana pasar baru yang akan "
    "dibangun di atas sawah mereka.\n\n"
    "“Pasar ini untuk warga desa,” kata Ana Lee di balai desa, Kamis (11/7/2030).\n"
)


def test_two_letter_sign_between_dash_and_colon_is_the_outlet(tmp_path: Path) -> None:
    assert load_text(tmp_path, _SIGNED_LEAD).outlet == "KR"


@pytest.mark.parametrize(
    "lead",
    [
        _SIGNED_LEAD.replace("Bandung – KR:", "Bandung – MK:"),  # a body the gazetteer knows
        _SIGNED_LEAD.replace("Bandung – KR:", "Bandung, KR:"),  # a comma parts a city from its state
        _SIGNED_LEAD.replace("di balai desa", "di balai desa KR"),  # the story writes it again
    ],
)
def test_two_capitals_that_do_not_sign(tmp_path: Path, lead: str) -> None:
    assert load_text(tmp_path, lead).outlet == ""
