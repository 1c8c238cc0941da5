"""A report or statement whose article names no outlet is named by its site, else its title (or its
opening words), marked as not an outlet: two such reports of one remark were both "unknown outlet"."""

from __future__ import annotations

from kutip.index.facade import Article, ArticleSummary, ClusterMember
from kutip.tui.reports import details
from kutip.tui.source_names import UNKNOWN_OUTLET, unnamed_source

BODY = "Warga Kampung Lima menanam seribu pohon mangga di tepi sungai pada hari Minggu pagi bersama para pelajar."


def _article(**fields: str) -> Article:
    return Article(id="a1", source="/tmp/page_0042.txt", body=fields.pop("body", BODY), **fields)


def test_an_outlet_names_the_source() -> None:
    assert unnamed_source(_article(outlet="Kabar Contoh", url="https://lain.example/x")) == "Kabar Contoh"


def test_without_an_outlet_the_site_of_the_url_is_shown_as_a_site() -> None:
    article = _article(title="Seribu pohon mangga", url="https://www.kabarcontoh.example/berita/9")
    assert unnamed_source(article) == "site kabarcontoh.example"


def test_without_outlet_or_url_the_title_is_quoted_and_marked() -> None:
    assert unnamed_source(_article(title="Seribu pohon mangga")) == "no outlet · “Seribu pohon mangga”"


def test_a_long_title_is_cut_after_a_whole_word() -> None:
    title = "Warga Kampung Lima menanam seribu pohon mangga di tepi sungai yang panjang"
    label = unnamed_source(_article(title=title))
    assert label.startswith("no outlet · “Warga Kampung Lima") and label.endswith("…”")
    assert title.startswith(label.removeprefix("no outlet · “").removesuffix("…”"))
    assert len(label) < len(title)


def test_an_untitled_article_is_named_by_its_opening_words_in_brackets() -> None:
    label = unnamed_source(_article())
    assert label.startswith("no outlet · [Warga Kampung Lima") and label.endswith("…]")


def test_a_summary_without_outlet_is_named_by_its_headline_never_its_file() -> None:
    summary = ArticleSummary("a1", "", "", "", "/tmp/page_0042.txt", lead="Warga menanam pohon mangga.")
    label = unnamed_source(summary)
    assert label == "no outlet · [Warga menanam pohon mangga]"
    assert "page_0042" not in label


def test_nothing_to_name_it_by_is_unknown() -> None:
    assert unnamed_source(_article(body="")) == UNKNOWN_OUTLET


def test_a_report_with_no_outlet_takes_its_articles_name_from_sources() -> None:
    member = ClusterMember("s1", "a1", "/tmp/page_0042.txt", "", "2025-01-02", "direct", None, "Kami siap.")
    assert details(member)[0] == UNKNOWN_OUTLET
    assert details(member, {"a1": "no outlet · “Seribu pohon mangga”"})[0] == "no outlet · “Seribu pohon mangga”"
    named = ClusterMember("s2", "a2", "/tmp/b.txt", "Kabar Contoh", "", "direct", None, "Kami siap.")
    assert details(named, {"a2": "site lain.example"})[0] == "Kabar Contoh"
