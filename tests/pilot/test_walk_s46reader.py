"""Faults seen walking the reader on n1-n3 (session 46). The quote finder marked another quote of the
earliest report's own article (the remark's next part) against its sibling: words the article
printed in its other quote read as dropped (``[− …]``) by that very article. Enter after a word
typed in part (n1: a prefix that had listed 11 articles) searched the exact word and emptied the list
the user was about to enter. Invented text."""

from __future__ import annotations

from kutip.index.facade import Archive, Cluster, ClusterMember
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.reports import diff_base
from kutip.tui.screens.quote_finder import version_prompt
from tests.pilot.pages import archive_fixture
from tests.pilot.test_leftovers_s45reader import ARTICLES
from tests.pilot_support import settle, synchronous


def member(statement: str, article: str, text: str, *, earliest: bool = False, lang: str = "id") -> ClusterMember:
    return ClusterMember(
        statement_id=statement, article=article, path=f"{article}.txt", outlet="", date="2025-10-01",
        kind="direct", via=None, text=text, earliest=earliest, speaker="Yosef Matuan", lang=lang,
    )  # fmt: skip


FIRST = "Siapa pun yang menyebut dana desa ditahan di kabupaten, silakan tunjukkan buktinya kepada saya,"
SECOND = "Silakan periksa laporan keuangan kabupaten, tidak satu rupiah pun dana desa ditahan,"
CLUSTER = Cluster(
    id="c1",
    speaker="Yosef Matuan",
    members=[
        member("s1", "a1", FIRST, earliest=True),
        member("s2", "a1", SECOND),  # the same article's next quote of the remark
        member("s3", "a2", f"{FIRST} {SECOND}"),  # another outlet's whole quote
        member("s4", "a3", "Look at the regency accounts yourselves: no village money is being withheld,", lang="en"),
    ],
)


def test_another_quote_of_the_earliest_article_is_shown_as_printed() -> None:
    sibling = CLUSTER.members[1]
    assert diff_base(sibling, CLUSTER) is None  # was the earliest: its words marked against FIRST
    shown = str(version_prompt(sibling, CLUSTER))
    assert "[−" not in shown, shown  # was "… [− silakan tunjukkan …]": words the article printed elsewhere
    assert shown.endswith(SECOND)


def test_other_articles_are_still_marked_against_the_earliest() -> None:
    assert diff_base(CLUSTER.members[2], CLUSTER) is CLUSTER.members[0]
    assert diff_base(CLUSTER.members[3], CLUSTER) is None  # the first English report: as printed


archive = archive_fixture(ARTICLES)


@synchronous
async def test_enter_after_a_word_typed_in_part_keeps_its_results(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"perinti")  # "perintis" typed in part: both articles listed
        await settle(app, pilot)
        assert len(app.article_list.summaries) == 2
        await pilot.press("enter")  # no article has the word "perinti"
        await settle(app, pilot)
        assert len(app.article_list.summaries) == 2, app.status.message  # was 0: the list emptied
        assert app.status.message == "2 matches for perinti (no article has the whole word: words starting with it)"
        await pilot.press("escape", "slash", *"kapal", "enter")  # a whole word: searched exactly, as before
        await settle(app, pilot)
        assert app.status.message == "2 matches for kapal"
