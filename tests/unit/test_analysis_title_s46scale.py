"""Session 46 (scale, the speakers engineer's request): ``analysis.analyse`` gives the statements reader the
article's title, so a quotation opening the headline is a statement of the article (made-up text)."""

from __future__ import annotations

from kutip.index.analysis import analyse
from kutip.index.models import Article

_BODY = (
    "Bupati Ranuwangi Sutejo Wirakarta membatalkan rencana itu, Rabu (5/3).\n"
    '"Anggarannya belum cukup," kata Sutejo.\n'
)


def test_a_quotation_opening_the_title_reaches_the_statements() -> None:
    article = Article(
        id="a", source="a.md", title="“Kami Tunda Dulu Saja” Bupati Sutejo Batalkan Rencana", body=_BODY
    )
    article.lang = "id"
    analyse(article)
    said = [(s.speaker, s.text) for s in article.statements if s.kind == "direct"]
    assert ("Sutejo Wirakarta", "Kami Tunda Dulu Saja") in said


def test_an_untitled_article_reads_its_body_only() -> None:
    article = Article(id="b", source="b.md", body=_BODY, lang="id")
    analyse(article)
    assert [s.text for s in article.statements if s.kind == "direct"] == ["Anggarannya belum cukup,"]


def test_this_module_is_in_the_analysis_version() -> None:
    from kutip.index import analysis

    assert "analysis.py" in analysis._MODULES  # a change to what reaches the analysers re-analyses archives
