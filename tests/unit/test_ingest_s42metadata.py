"""Session 42 metadata forms (made-up pages): a site's domain run into the lead's first word where the
dateline's dash stood; a wire's sign-off after a dash closing the story; a caption crediting its picture to a listed outlet's
regional edition, then the photographer; an unlisted site's name closing on an outlet word in the lead's
dateline slot, closed by a full stop; an invitation to a site's messaging channel is furniture and names
the site; a dated byline under the story dates the page; a two-letter acronym before the lead's dash that
the page spells out as an outlet's name; a paper's name printed alone where its site's address adds a word
to it; a headline printed again on two lines in a row, and a caption so, are printed once; a domain the page
cites as its source's report is not its own however often it is written; nor is an outlet a source told
when the page says it passes that outlet's work on."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest.boilerplate import is_boilerplate_line
from kutip.index.ingest.build import _unglued_domain
from kutip.index.ingest.lead_name import unrepeated_lead_name
from kutip.index.ingest.origin import _interviewer
from kutip.index.ingest.printed_brand import printed_brand
from kutip.index.ingest.site_domain import repeated_domain
from tests.conftest import load_article as load_text

_STORY = (
    "Kepala desa mengatakan perbaikan ditargetkan selesai sebelum musim hujan berikutnya tiba.\n\n"
    "Warga berharap pemerintah kabupaten membantu bahan bangunan untuk jembatan tersebut."
)
_LEAD = "Warga desa di lereng gunung itu bergotong royong memperbaiki jembatan yang rusak diterjang banjir."


# -- a domain glued to the lead ------------------------------------------------------------------------------


def test_a_domain_glued_to_the_lead_after_the_place_names_the_site(tmp_path: Path) -> None:
    text = f"Jembatan Desa Diperbaiki Warga\n\nJAKARTA, Kabarsukamaju.com{_LEAD}\n\n{_STORY}"
    article = load_text(tmp_path, text)
    assert article.outlet == "Kabarsukamaju.com"
    assert article.body.startswith(f"JAKARTA, Kabarsukamaju.com – {_LEAD}")


def test_a_domain_glued_to_the_lead_alone_names_the_site(tmp_path: Path) -> None:
    text = f"Jembatan Desa Diperbaiki Warga\n\nContohwarta.co.id{_LEAD}\n\n{_STORY}"
    assert load_text(tmp_path, text).outlet == "Contohwarta.co.id"


def test_a_domain_inside_a_sentence_or_with_its_own_mark_is_left() -> None:
    for line in (
        f"Kabarsukamaju.com – {_LEAD}",  # the dash is there already
        "Warga membaca berita di laman contoh.comSetiap hari tanpa henti sejak pagi hingga malam hari.",
        "Kabarsukamaju.comWarga",  # too short for a lead
    ):
        assert _unglued_domain(line) == line


# -- a wire's sign-off -----------------------------------------------------------------------------------------

_EN_LEAD = "JAKARTA, May 2 — The regency opened a new bridge linking two villages across the river on Friday."
_EN_STORY = (
    "Officials said the works were finished ahead of the rainy season after months of delays.\n\n"
    "Residents hope the regency will now repair the road leading up to the bridge as well."
)


def test_a_wire_signing_off_the_story_after_a_dash_is_the_outlet(tmp_path: Path) -> None:
    text = f"{_EN_LEAD}\n\n{_EN_STORY} — Bernama"
    assert load_text(tmp_path, text).outlet == "Bernama"


def test_a_joined_credit_is_kept_as_printed_and_a_list_names_its_first_agency(tmp_path: Path) -> None:
    joined = load_text(tmp_path, f"{_EN_LEAD}\n\n{_EN_STORY} — Bernama-Antara", "a.txt")
    listed = load_text(tmp_path, f"{_EN_LEAD}\n\n{_EN_STORY} - Bernama, Antara", "b.txt")
    assert (joined.outlet, listed.outlet) == ("Bernama-Antara", "Bernama")


def test_a_dash_before_an_unlisted_name_signs_nothing(tmp_path: Path) -> None:
    for n, closing in enumerate(("— Bernama-Sukamaju", "— Ana Lee", "- Ana, Bernama")):
        assert load_text(tmp_path, f"{_EN_LEAD}\n\n{_EN_STORY} {closing}", f"{n}.txt").outlet == ""


# -- a caption credited to an edition, then its photographer -----------------------------------------------


def _captioned(credit: str) -> str:
    caption = f"Bupati Sukamaju meninjau jembatan desa yang rusak diterjang banjir, Selasa (23/4). ({credit})"
    return f"Jembatan Desa Diperbaiki Warga\n\n{caption}\n\n{_LEAD}\n\n{_STORY}"


def test_a_caption_credited_to_an_edition_then_its_photographer_names_the_site(tmp_path: Path) -> None:
    assert load_text(tmp_path, _captioned("RMOL Jateng/Ana Lestari")).outlet == "RMOL Jateng"


def test_a_wire_desk_or_initials_after_an_edition_name_no_site(tmp_path: Path) -> None:
    assert load_text(tmp_path, _captioned("ANTARA Kaltim/Ana Lestari"), "a.txt").outlet == ""
    assert load_text(tmp_path, _captioned("RMOL Jateng/ABC"), "b.txt").outlet == ""


# -- an unlisted name closing on an outlet word in the dateline slot ----------------------------------------


def test_a_site_name_closing_on_an_outlet_word_after_the_place_names_the_site(tmp_path: Path) -> None:
    text = f"Jembatan Desa Diperbaiki Warga\n\nJAKARTA – Gema Sawah News. {_LEAD}\n\n{_STORY}"
    assert load_text(tmp_path, text).outlet == "Gema Sawah News"


def test_an_office_closing_on_no_outlet_word_in_the_slot_names_nothing(tmp_path: Path) -> None:
    text = f"Jembatan Desa Diperbaiki Warga\n\nJAKARTA – Dinas Pekerjaan Umum. {_LEAD}\n\n{_STORY}"
    assert load_text(tmp_path, text).outlet == ""


# -- an invitation to the site's messaging channel ------------------------------------------------------------


def test_a_channel_invitation_and_its_button_are_furniture_naming_the_site(tmp_path: Path) -> None:
    head = "Jembatan Desa Diperbaiki Warga\n\nKabar pilihan setiap pagi di Saluran WhatsApp contohwarta.com\n\n+ Gabung"
    article = load_text(tmp_path, f"{head}\n\nJAKARTA — {_LEAD}\n\n{_STORY}")
    assert article.outlet == "contohwarta.com"
    assert article.body.startswith("JAKARTA — Warga desa")


def test_a_story_sentence_about_a_messaging_group_stays_in_the_story() -> None:
    line = (
        "Warga desa membuat grup WhatsApp untuk membagi jadwal kerja bakti memperbaiki jembatan yang rusak "
        "diterjang banjir pekan lalu, kata kepala desa kepada wartawan di balai desa."
    )
    assert not is_boilerplate_line(line)
    assert is_boilerplate_line("Join our Telegram channel for more stories")


# -- a dated byline under the story --------------------------------------------------------------------------


def test_the_one_dated_byline_under_the_story_dates_the_page(tmp_path: Path) -> None:
    text = f"Jembatan Desa Diperbaiki Warga\n\n{_LEAD}\n\n{_STORY}\n\nOleh Ana Lestari, Budi Santoso pada 3 March 2023, 14:05 WIB"
    assert load_text(tmp_path, text).date == "2023-03-03"


def test_bylines_of_other_stories_under_the_story_date_nothing(tmp_path: Path) -> None:
    teasers = (
        "Oleh Ana Lestari pada 3 March 2023, 14:05 WIB\n\nOleh Budi Santoso pada 1 March 2023, 10:02 WIB"
    )
    text = f"Jembatan Desa Diperbaiki Warga\n\n{_LEAD}\n\n{_STORY}\n\n{teasers}"
    assert load_text(tmp_path, text).date == ""


# -- a two-letter acronym the page spells out --------------------------------------------------------------

_TITLE = "Jembatan Desa Diperbaiki Warga"
_LEAD_BODY = [f"KN – {_LEAD} Jembatan itu dibangun dua puluh tahun lalu.", *_STORY.split("\n\n")]


def test_a_two_letter_acronym_the_page_spells_out_as_an_outlet_names_it() -> None:
    page = "\n".join(["Foto jembatan desa. Edisi cetak Kabar Nusa.", *_LEAD_BODY])
    assert unrepeated_lead_name(_LEAD_BODY, _TITLE, page) == "Kabar Nusa"


def test_a_two_letter_acronym_unspelled_or_spelled_without_an_outlet_word_names_nothing() -> None:
    assert unrepeated_lead_name(_LEAD_BODY, _TITLE, "\n".join(_LEAD_BODY)) == ""
    page = "\n".join(["Kepala Nagari meninjau jembatan.", *_LEAD_BODY])
    assert unrepeated_lead_name(_LEAD_BODY, _TITLE, page) == ""
    both = "\n".join(["Kabar Nusa dan Koran Nusantara.", *_LEAD_BODY])
    assert unrepeated_lead_name(_LEAD_BODY, _TITLE, both) == ""


# -- a paper's printed name over its site's longer address --------------------------------------------------


def test_a_papers_name_printed_alone_names_the_site_its_address_extends(tmp_path: Path) -> None:
    head = f"{_TITLE}\n\nSuara Sawah\n\nBupati meninjau jembatan desa.\n\n"
    article = load_text(tmp_path, f"{head}SUARASAWAHLIVE.COM, KOTA - {_LEAD}\n\n{_STORY}")
    assert article.outlet == "Suara Sawah"


def test_an_address_without_such_a_line_or_with_a_name_not_opening_it_is_kept() -> None:
    lines = ["Suara Sawah", "Bupati meninjau jembatan desa."]
    assert printed_brand("Suarasawah.com", lines) == "Suarasawah.com"  # nothing added to the name
    assert printed_brand("Kabarsawahlive.com", lines) == "Kabarsawahlive.com"
    assert printed_brand("Suarasawahlive.com", ["Sawah Lestari", "Bupati meninjau."]) == "Suarasawahlive.com"
    two = ["Suara Sawah", "Suara Sawahlive"]  # two lines, two names: neither
    assert printed_brand("Suarasawahlivenews.com", two) == "Suarasawahlivenews.com"


# -- copies on lines in a row are printed once ---------------------------------------------------------------

_HEADLINE = "Warga Sukamaju Perbaiki Jembatan Desa Secara Gotong Royong Jelang Musim Hujan"
_DEK = "Kepala desa menyebut perbaikan jembatan ditargetkan selesai sebelum musim hujan berikutnya tiba."


def test_a_headline_printed_again_twice_in_a_row_below_a_dek_is_the_title(tmp_path: Path) -> None:
    text = f"{_HEADLINE}\n{_DEK}\n{_HEADLINE}\n{_HEADLINE}\n{_LEAD}\n{_STORY}"
    assert load_text(tmp_path, text).title == _HEADLINE


def test_a_caption_printed_twice_in_a_row_does_not_outweigh_the_headline(tmp_path: Path) -> None:
    headline = "Jembatan Putus! Warga Sukamaju Desak Kontraktor Segera Bertindak Tegas"
    caption = "Kepala Desa Sukamaju Ana Lestari"
    story = f"{_STORY}\n\n{caption} mengatakan kontraktor harus segera bekerja, kata Ana Lestari."
    text = f"{headline}\n\n{caption}\n{caption}\n\n {_LEAD}\n\n{story}"
    assert load_text(tmp_path, text).title == headline


def test_a_line_printed_again_between_the_storys_paragraphs_is_no_headline(tmp_path: Path) -> None:
    promo = "Baca Kabar Sukamaju Lebih Cepat Lewat Aplikasi Resmi Kami Sekarang"
    story = _STORY.replace("\n\n", f"\n\n{promo}\n\n")
    text = f"{promo}\n\n{_LEAD}\n\n{promo}\n\n{story}"
    assert load_text(tmp_path, text).title != promo


# -- a domain cited as the source's report --------------------------------------------------------------------


def test_a_domain_cited_as_the_report_a_page_quotes_is_not_the_page() -> None:
    lines = [
        "Penelusuran menemukan pemberitaan kabarsawah.com tentang jembatan desa yang rusak.",
        "Bupati berjanji memperbaikinya, dikutip dari pemberitaan kabarsawah.com pekan lalu.",
    ]
    assert repeated_domain(lines) == ""
    own = [lines[0], "Baca berita lainnya di kabarsawah.com"]
    assert repeated_domain(own) == "Kabarsawah.com"


# -- a source told an outlet the page passes on -------------------------------------------------------------


def test_an_outlet_told_that_the_page_passes_on_is_not_the_page() -> None:
    told = ["The regent told Kompas the bridge would reopen in May.", "Kompas also saw the works on Friday."]
    assert _interviewer(told) == "Kompas"
    passed = ["According to Indonesian daily Kompas, the bridge was closed in March.", *told]
    assert _interviewer(passed) == ""
