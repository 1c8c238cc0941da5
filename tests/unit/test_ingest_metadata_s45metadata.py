"""Dates and outlets a page states in shapes the readers did not take (issue 10, session 45): a published
label before "pada" beside a byline, a site's clock header the lead's weekdays deny over the story's own
stamp, the newsroom's own quoting dated with its day, and a caption's owner and photographer after its
stop with no brackets. Every page here is made up."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest.dates import read_stamp
from tests.conftest import load_article
from tests.unit.ingest_pages import IRRIGATION_BODY, IRRIGATION_LEAD, PLANNED_BRIDGE_TITLE

_MORE = (
    "Menurut dia, pekerjaan itu dikerjakan bergilir oleh warga tiga dusun setiap akhir pekan.\n\n"
    "Warga berharap bantuan semen dari pemerintah kabupaten segera tiba sebelum musim hujan."
)


def test_a_published_label_before_pada_beside_a_byline_is_a_stamp() -> None:
    stamp = read_stamp("Oleh Humas     Dipublikasikan pada 12 Mei 2031")
    assert stamp is not None and stamp.iso == "2031-05-12"
    # the writer before "pada" is still set apart from the date
    bylined = read_stamp("Oleh Fulan Hidayat pada 12 Mei 2031")
    assert bylined is not None and bylined.iso == "2031-05-12"


def test_a_published_label_before_pada_dates_the_page(tmp_path: Path) -> None:
    page = "\n\n".join(
        [
            PLANNED_BRIDGE_TITLE,
            "Oleh Humas     Dipublikasikan pada 12 Mei 2031",
            "Kategori: Berita",
            IRRIGATION_LEAD,
            IRRIGATION_BODY,
        ]
    )
    assert load_article(tmp_path, page).date == "2031-05-12"


_CLOCK_HEADER = "Selasa, 3 Juni 2031 | 08.28 WIB"
_OWN_STAMP = "Reporter : Fulan Hidayat | Kamis, 6 Maret 2031 - 13:39 WIB"
_WEEKDAY_LEAD = (
    "Sukamaju, kabarsukamaju.com – Pemerintah desa akan membuka pintu air baru pada Jumat (7/3) besok "
    "setelah saluran irigasi dibersihkan warga sejak Rabu (5/3)."
)


def test_a_clock_header_the_leads_weekdays_deny_gives_way_to_the_stamp_they_fit(tmp_path: Path) -> None:
    page = "\n\n".join([_CLOCK_HEADER, PLANNED_BRIDGE_TITLE, _OWN_STAMP, _WEEKDAY_LEAD, _MORE])
    assert load_article(tmp_path, page).date == "2031-03-06"


def test_no_stamp_the_leads_weekdays_fit_leaves_the_page_undated(tmp_path: Path) -> None:
    # the story's stamp is a Saturday of another month: the lead's Wednesday and Friday fit neither stamp
    other = _OWN_STAMP.replace("Kamis, 6 Maret", "Sabtu, 19 April")
    page = "\n\n".join([_CLOCK_HEADER, PLANNED_BRIDGE_TITLE, other, _WEEKDAY_LEAD, _MORE])
    assert load_article(tmp_path, page).date == ""


def _quoted_page(attribution: str) -> str:
    lead = f'"Kami tidak mau sawah gagal panen lagi tahun ini," kata Fulan Hidayat, {attribution}.'
    return "\n\n".join([lead, IRRIGATION_LEAD, _MORE])


def test_the_newsrooms_own_quoting_dated_with_its_day_names_the_page(tmp_path: Path) -> None:
    article = load_article(tmp_path, _quoted_page("dikutip Kabarsukamaju.com, Senin 12 Mei 2031"))
    assert article.outlet == "Kabarsukamaju.com"
    seen = load_article(tmp_path, _quoted_page("seperti yang dilihat Kabarsukamaju.com, Senin (12/5/2031)"))
    assert seen.outlet == "Kabarsukamaju.com"


def test_a_listed_networks_own_quoting_keeps_its_editions_region(tmp_path: Path) -> None:
    article = load_article(tmp_path, _quoted_page("dikutip Tempo Bandung, Senin 12 Mei 2031"))
    assert article.outlet == "Tempo Bandung"


def test_a_report_passed_on_with_its_day_names_no_page(tmp_path: Path) -> None:
    # "dilansir X, <day>" passes another's report on; "dikutip X." with no day cites X as a source
    assert load_article(tmp_path, _quoted_page("dilansir Kabarsukamaju.com, Senin (12/5/2031)")).outlet == ""
    assert load_article(tmp_path, _quoted_page("dikutip Kabarsukamaju.com")).outlet == ""


def test_a_captions_owner_and_photographer_after_its_stop_name_the_page(tmp_path: Path) -> None:
    # a caption longer than a credit line (the short ones are read as credits already)
    caption = (
        "Warga tiga dusun membersihkan saluran irigasi yang tersumbat lumpur di Desa Sukamaju, "
        "Kabupaten Sukamaju, Sabtu, 10 Mei 2031. Tempo/Fulan Hidayat"
    )
    page = "\n\n".join([PLANNED_BRIDGE_TITLE, caption, IRRIGATION_LEAD, IRRIGATION_BODY])
    assert load_article(tmp_path, page).outlet == "Tempo"
    # a photographer before the owner's name that no list knows credits no outlet
    unknown = caption.replace("Tempo/Fulan Hidayat", "Fulan Hidayat/Budi Santoso")
    page = "\n\n".join([PLANNED_BRIDGE_TITLE, unknown, IRRIGATION_LEAD, IRRIGATION_BODY])
    assert load_article(tmp_path, page).outlet == ""


_EN_LEAD = (
    "Sukamaju, Jakarta - Civil servants must judge their work by what it delivers to citizens, the minister "
    "told a gathering of the service's association on its founding day in the capital."
)
_EN_MORE = (
    '"We must keep reforming the bureaucracy together with the structure of the state," the minister said.'
    "\n\nThe association counts several million members across the provinces of the country."
)
_TWO_SENTENCE_TITLE = "Service Association Marks Its Founding Day. Minister: Staff Must Aim for Results"


def test_a_headline_of_two_title_case_sentences_is_the_title(tmp_path: Path) -> None:
    page = "\n\n".join(["Home / News", "3 Oct 2031", _TWO_SENTENCE_TITLE, _EN_LEAD, _EN_MORE])
    article = load_article(tmp_path, page)
    assert article.title == _TWO_SENTENCE_TITLE
    # a bare day over the headline is the page's own stamp, not a "today" banner (which names its weekday)
    assert article.date == "2031-10-03"


def test_a_weekday_banner_over_the_headline_still_dates_nothing_unconfirmed(tmp_path: Path) -> None:
    page = "\n\n".join(["Home / News", "Friday, 3 Oct 2031", _TWO_SENTENCE_TITLE, _EN_LEAD, _EN_MORE])
    assert load_article(tmp_path, page).date == ""


def test_a_caption_of_two_sentence_case_sentences_is_no_title(tmp_path: Path) -> None:
    caption = "Members of the association gather in the hall. The minister spoke for an hour"
    page = "\n\n".join(["Home / News", caption, _EN_LEAD, _EN_MORE])
    assert load_article(tmp_path, page).title != caption
