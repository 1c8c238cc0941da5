"""Each style against reference strings written by hand from its manual's news-article examples.

APA 7 (10.1 ex. 16; 9.8-9.12 authors, 9.17 n.d.), MLA 9 (core elements, "Accessed" for
undated online works, "qtd. in"), Chicago 17 (14.191 newspapers, 14.207 unsigned
articles, 14.233 access dates). Fixtures are invented articles in both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from kutip.index.citations import STYLES, CitationSource, Quote, cite, export

ACCESSED = date(2025, 1, 20)

# Indonesian, one author, full date, URL.
BANJIR = CitationSource(
    title="Banjir Rendam Tiga Kecamatan di Bekasi",
    outlet="Kabar Nusantara",
    date="2024-11-12",
    authors=("Sari Handayani",),
    url="https://kabarnusantara.example/banjir-bekasi",
    lang="id",
    path="/arsip/banjir.txt",
    accessed=ACCESSED,
)
# English, no author, a newspaper whose name starts with "The".
TRANSIT = CitationSource(
    title="Jakarta Opens New Light Rail Line",
    outlet="The Straits Ledger",
    date="2024-11-15",
    url="https://straitsledger.example/rail",
    lang="en",
    accessed=ACCESSED,
)
# Indonesian, a single-name author, no date.
PANGAN = CitationSource(
    title="Menlu Bahas Kerja Sama Pangan",
    outlet="Warta Kota Digital",
    authors=("Fatimah",),
    url="https://wartakota.example/pangan",
    lang="id",
    accessed=ACCESSED,
)
# English, two authors, known only as a local file: the path must never pose as a URL.
HARBOUR = CitationSource(
    title="Harbour Tolls to Rise in March",
    outlet="Island Courier",
    date="2024-02-03",
    authors=("Ana Lee", "Budi Santoso"),
    lang="en",
    path="/home/r/arsip/harbour.txt",
    accessed=ACCESSED,
)
QUOTE = Quote(
    "Kami sudah menyiapkan perahu karet dan dapur umum untuk warga,",
    "Sari Handayani",
    "Kepala BPBD Bekasi",
)


def with_quote(source: CitationSource, quote: Quote) -> CitationSource:
    from dataclasses import replace

    return replace(source, quote=quote)


def test_styles_are_ordered() -> None:
    assert STYLES == ("plain", "markdown", "apa", "mla", "chicago", "bibtex", "csl-json")


def test_unknown_style_names_the_choices() -> None:
    with pytest.raises(ValueError, match="choose one of: plain, markdown"):
        cite(BANJIR, "harvard")


# -- APA 7 ---------------------------------------------------------------------------
def test_apa_newspaper_article() -> None:
    assert cite(BANJIR, "apa") == (
        "Handayani, S. (2024, November 12). Banjir Rendam Tiga Kecamatan di Bekasi. Kabar Nusantara. "
        "https://kabarnusantara.example/banjir-bekasi\n\n"
        "In-text: (Handayani, 2024); narrative: Handayani (2024)"
    )


def test_apa_italics_on_the_newspaper_name() -> None:
    first = cite(BANJIR, "apa", italics=True).splitlines()[0]
    assert "Bekasi. *Kabar Nusantara*. https://" in first


def test_apa_without_author_moves_the_title_first() -> None:
    assert cite(TRANSIT, "apa") == (
        "Jakarta Opens New Light Rail Line. (2024, November 15). The Straits Ledger. "
        "https://straitsledger.example/rail\n\n"
        "In-text: (“Jakarta Opens New Light,” 2024); narrative: “Jakarta Opens New Light” (2024)"
    )


def test_apa_single_name_and_no_date() -> None:
    assert cite(PANGAN, "apa") == (
        "Fatimah. (n.d.). Menlu Bahas Kerja Sama Pangan. Warta Kota Digital. https://wartakota.example/pangan\n\n"
        "In-text: (Fatimah, n.d.); narrative: Fatimah (n.d.)"
    )


def test_apa_two_authors_and_no_url() -> None:
    assert cite(HARBOUR, "apa") == (
        "Lee, A., & Santoso, B. (2024, February 3). Harbour Tolls to Rise in March. Island Courier. "
        "Archived file: /home/r/arsip/harbour.txt.\n\n"
        "In-text: (Lee & Santoso, 2024); narrative: Lee and Santoso (2024)"
    )


def test_apa_news_website_italicises_the_title_instead() -> None:
    from dataclasses import replace

    web = replace(BANJIR, outlet="Kabarnusantara.com")
    assert cite(web, "apa", italics=True).splitlines()[0] == (
        "Handayani, S. (2024, November 12). *Banjir Rendam Tiga Kecamatan di Bekasi*. Kabarnusantara.com. "
        "https://kabarnusantara.example/banjir-bekasi"
    )


def test_apa_statement() -> None:
    assert cite(with_quote(BANJIR, QUOTE), "apa").split("\n\n") == [
        "Sari Handayani, Kepala BPBD Bekasi: “Kami sudah menyiapkan perahu karet dan dapur umum untuk warga” "
        "(Handayani, 2024).",
        "Handayani, S. (2024, November 12). Banjir Rendam Tiga Kecamatan di Bekasi. Kabar Nusantara. "
        "https://kabarnusantara.example/banjir-bekasi",
    ]


# -- MLA 9 ---------------------------------------------------------------------------
def test_mla_newspaper_article() -> None:
    assert cite(BANJIR, "mla") == (
        "Handayani, Sari. “Banjir Rendam Tiga Kecamatan di Bekasi.” Kabar Nusantara, 12 Nov. 2024, "
        "kabarnusantara.example/banjir-bekasi.\n\nIn-text: (Handayani)"
    )


def test_mla_without_author() -> None:
    assert cite(TRANSIT, "mla") == (
        "“Jakarta Opens New Light Rail Line.” The Straits Ledger, 15 Nov. 2024, straitsledger.example/rail."
        "\n\nIn-text: (“Jakarta Opens New Light”)"
    )


def test_mla_undated_online_work_gets_an_access_date() -> None:
    assert cite(PANGAN, "mla").splitlines()[0] == (
        "Fatimah. “Menlu Bahas Kerja Sama Pangan.” Warta Kota Digital, n.d., wartakota.example/pangan. "
        "Accessed 20 Jan. 2025."
    )


def test_mla_two_authors_no_url() -> None:
    assert cite(HARBOUR, "mla").splitlines()[0] == (
        "Lee, Ana, and Budi Santoso. “Harbour Tolls to Rise in March.” Island Courier, 3 Feb. 2024. "
        "Archived file: /home/r/arsip/harbour.txt."
    )


def test_mla_statement_is_quoted_in_the_article() -> None:
    first = cite(with_quote(TRANSIT, Quote("This line will take cars off the road.", "Hendra Wijaya")), "mla")
    assert first.startswith(
        "Hendra Wijaya: “This line will take cars off the road” (qtd. in “Jakarta Opens New Light”).\n\n"
    )


# -- Chicago ------------------------------------------------------------------------
def test_chicago_notes_and_bibliography() -> None:
    assert cite(BANJIR, "chicago").splitlines() == [
        "Note: Sari Handayani, “Banjir Rendam Tiga Kecamatan di Bekasi,” Kabar Nusantara, November 12, 2024, "
        "https://kabarnusantara.example/banjir-bekasi.",
        "Short note: Handayani, “Banjir Rendam Tiga Kecamatan.”",
        "Bibliography: Handayani, Sari. “Banjir Rendam Tiga Kecamatan di Bekasi.” Kabar Nusantara, "
        "November 12, 2024. https://kabarnusantara.example/banjir-bekasi.",
    ]


def test_chicago_unsigned_article_is_listed_under_the_newspaper_without_the() -> None:
    assert cite(TRANSIT, "chicago").splitlines() == [
        "Note: “Jakarta Opens New Light Rail Line,” Straits Ledger, November 15, 2024, "
        "https://straitsledger.example/rail.",
        "Short note: “Jakarta Opens New Light.”",
        "Bibliography: Straits Ledger. “Jakarta Opens New Light Rail Line.” November 15, 2024. "
        "https://straitsledger.example/rail.",
    ]


def test_chicago_no_date_uses_nd_and_access_date() -> None:
    assert cite(PANGAN, "chicago").splitlines() == [
        "Note: Fatimah, “Menlu Bahas Kerja Sama Pangan,” Warta Kota Digital, n.d., accessed January 20, 2025, "
        "https://wartakota.example/pangan.",
        "Short note: Fatimah, “Menlu Bahas Kerja Sama.”",
        "Bibliography: Fatimah. “Menlu Bahas Kerja Sama Pangan.” Warta Kota Digital, n.d. "
        "Accessed January 20, 2025. https://wartakota.example/pangan.",
    ]


def test_chicago_two_authors_without_url() -> None:
    assert cite(HARBOUR, "chicago").splitlines() == [
        "Note: Ana Lee and Budi Santoso, “Harbour Tolls to Rise in March,” Island Courier, February 3, 2024, "
        "archived file /home/r/arsip/harbour.txt.",
        "Short note: Lee and Santoso, “Harbour Tolls to Rise.”",
        "Bibliography: Lee, Ana, and Budi Santoso. “Harbour Tolls to Rise in March.” Island Courier, "
        "February 3, 2024. Archived file: /home/r/arsip/harbour.txt.",
    ]


def test_chicago_title_ending_in_a_question_mark_takes_no_comma() -> None:
    from dataclasses import replace

    note = cite(replace(BANJIR, title="Siapkah Bekasi Menghadapi Banjir?"), "chicago").splitlines()[0]
    assert "“Siapkah Bekasi Menghadapi Banjir?” Kabar Nusantara," in note


# -- plain and Markdown ---------------------------------------------------------------
def test_plain_uses_the_articles_language_for_the_date() -> None:
    assert cite(BANJIR, "plain") == (
        "Sari Handayani, “Banjir Rendam Tiga Kecamatan di Bekasi”, Kabar Nusantara, 12 November 2024, "
        "https://kabarnusantara.example/banjir-bekasi"
    )
    assert cite(replace_date(BANJIR, "2024-08-17"), "plain").count("17 Agustus 2024") == 1
    assert "3 February 2024" in cite(HARBOUR, "plain")


def replace_date(source: CitationSource, value: str) -> CitationSource:
    from dataclasses import replace

    return replace(source, date=value)


def test_plain_labels_a_local_file_as_a_file() -> None:
    assert cite(HARBOUR, "plain") == (
        "Ana Lee, Budi Santoso, “Harbour Tolls to Rise in March”, Island Courier, 3 February 2024 "
        "(file: /home/r/arsip/harbour.txt)"
    )


def test_markdown_statement_is_a_blockquote_with_attribution_and_link() -> None:
    assert cite(with_quote(BANJIR, QUOTE), "markdown") == (
        "> Kami sudah menyiapkan perahu karet dan dapur umum untuk warga\n"
        ">\n"
        "> — Sari Handayani, Kepala BPBD Bekasi; Sari Handayani, "
        "[Banjir Rendam Tiga Kecamatan di Bekasi](https://kabarnusantara.example/banjir-bekasi), "
        "*Kabar Nusantara*, 12 November 2024"
    )


def test_markdown_without_url_has_no_link() -> None:
    text = cite(HARBOUR, "markdown")
    assert "](" not in text
    assert text.endswith("(file: `/home/r/arsip/harbour.txt`)")


def test_markdown_escapes_markup_in_article_text() -> None:
    from dataclasses import replace

    hostile = replace(BANJIR, title="[click](javascript:alert) *bold* <b>", quote=Quote("# not a heading"))
    text = cite(hostile, "markdown")
    assert r"\[click\](javascript:alert) \*bold\* \<b\>" in text
    assert text.startswith(r"> \# not a heading")


def test_reported_speech_is_never_put_in_quotation_marks() -> None:
    reported = with_quote(BANJIR, Quote("air mulai surut pada Rabu pagi", "Sari Handayani", direct=False))
    for style in ("plain", "apa", "mla", "chicago"):
        first = cite(reported, style).splitlines()[0]
        assert "(reported speech): air mulai surut" in first, style
        assert "“air" not in first, style


_FILE_POINTERS = {
    "apa": "Archived file: /home/r/arsip/harbour.txt.",
    "mla": "Archived file: /home/r/arsip/harbour.txt.",
    "chicago": "archived file /home/r/arsip/harbour.txt.",
    "bibtex": "file    = {/home/r/arsip/harbour.txt}",
    "csl-json": '"source": "Archived file: /home/r/arsip/harbour.txt"',
}


@pytest.mark.parametrize("style", ["apa", "mla", "chicago", "bibtex", "csl-json"])
def test_a_local_path_is_a_file_pointer_never_a_url(style: str) -> None:
    text = cite(HARBOUR, style)
    assert _FILE_POINTERS[style] in text and "http" not in text and "file://" not in text


@pytest.mark.parametrize("style", ["apa", "mla", "chicago", "bibtex", "csl-json"])
def test_a_web_address_makes_the_file_pointer_unnecessary(style: str) -> None:
    assert "banjir.txt" not in cite(BANJIR, style)


def test_export_reference_list_is_sorted_and_deduplicated() -> None:
    text = export([TRANSIT, BANJIR, with_quote(BANJIR, QUOTE), HARBOUR], "apa")
    entries = text.strip().split("\n\n")
    assert [e.split(" ")[0] for e in entries] == ["Handayani,", "Jakarta", "Lee,"]
