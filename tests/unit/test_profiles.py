"""The facts of a person's or an entity's page (``Archive.profile``), on the bundled sample archive.

Names, outlets, articles and speakers are picked from the archive, never hard-coded: the
sample may be rewritten, the properties must hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from kutip.index.facade import Archive, EntityType, sample_corpus_path
from kutip.index.profiles import Filters, PageStatement, _role_of, arrange, tally


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    corpus = sample_corpus_path()
    if not corpus.is_dir():
        pytest.skip("the bundled sample corpus is not installed")
    archive = Archive.open(tmp_path_factory.mktemp("profiles") / "ix")
    archive.index([corpus])
    yield archive
    archive.close()


def widest_speaker(archive: Archive) -> str:
    """The speaker with the most widely reported remark (ties: the most quoted)."""
    best = max(
        archive.speakers()[:8],
        key=lambda s: (max((c.articles for c in archive.clusters(speaker=s[0])), default=0), s[1]),
    )
    return best[0]


def test_a_persons_page_holds_every_statement_and_counts_them(sample: Archive) -> None:
    for name, count in sample.speakers()[:5]:
        profile = sample.profile(name)
        assert profile.entity_type is EntityType.PERSON
        assert name in profile.names
        assert {r.statement.id for r in profile.rows} == {r.statement.id for r in sample.statements(speaker=name)}
        assert len(profile.statements) == count
        assert sum(n for _, n in profile.outlets) == count  # every sample article names its outlet
        assert sum(n for _, n in profile.months) + profile.undated == count
        assert profile.article_count == len({r.article.id for r in profile.rows})
        assert [n for _, n in profile.outlets] == sorted((n for _, n in profile.outlets), reverse=True)


def test_undated_articles_are_placed_by_their_event_date_and_the_rest_counted_apart(sample: Archive) -> None:
    placed = undated = 0
    for name, _ in sample.speakers()[:8]:
        for item in sample.profile(name).statements:
            if item.row.article.date:
                assert item.day == item.row.article.date
            elif item.day:
                placed += 1  # the article has no date, its lead gives the event's
            else:
                undated += 1
    assert placed and undated, "the sample should hold undated articles with and without an event date"


def test_most_reported_remarks_come_first_once_then_newest_then_undated(sample: Archive) -> None:
    profile = sample.profile(widest_speaker(sample))
    top, dated, undated = arrange(profile.statements)
    assert top, "the sample's widest speaker should have a remark several articles report"
    assert [s.reach for s in top] == sorted((s.reach for s in top), reverse=True)
    assert all(s.reach > 1 for s in top)
    assert len({s.cluster for s in top}) == len(top)  # one row per remark
    widest = max(c.articles for c in sample.clusters(speaker=profile.name))
    assert top[0].reach == widest
    for item in top:  # which outlets reported it, this report's own among them
        assert item.row.article.outlet in item.outlets and 1 <= len(item.outlets) <= item.reach
    days = [s.day for s in dated]
    assert all(days) and days == sorted(days, reverse=True)
    assert all(not s.day for s in undated)
    shown = {s.row.statement.id for s in [*top, *dated, *undated]}
    clusters = {s.cluster for s in top}
    for item in profile.statements:  # every statement is shown, or its remark is (among the most reported)
        assert item.row.statement.id in shown or item.cluster in clusters


def test_filters_keep_one_outlet_one_kind_and_a_range_of_days(sample: Archive) -> None:
    profile = sample.profile(sample.speakers()[0][0])
    outlet = profile.outlets[0][0]
    view = profile.view(outlet=outlet)
    kept = [*view.top, *view.dated, *view.undated]
    assert kept and all(s.row.article.outlet == outlet for s in kept)
    assert view.total == len(profile.statements)
    assert view.shown == len([s for s in profile.statements if s.row.article.outlet == outlet])
    assert view.counted.outlets == [(outlet, view.shown)]  # every report counted, each remark listed once
    for kind in ("direct", "indirect"):
        view = profile.view(kind=kind)
        assert all(s.row.statement.kind == kind for s in [*view.top, *view.dated, *view.undated])
    month = profile.months[0][0]
    view = profile.view(since=month, until=month)
    assert not view.undated  # an undated statement cannot be placed in a range
    assert all(s.day.startswith(month) for s in [*view.top, *view.dated])
    assert view.counted.months == [(month, view.shown)]


def test_filter_bounds_compare_as_far_as_they_are_written() -> None:
    march = Filters(since="2024-03", until="2024-03")
    assert march.keeps("", "direct", "2024-03-31")
    assert not march.keeps("", "direct", "2024-04-01")
    assert not march.keeps("", "direct", "2024-02-29")
    assert not march.keeps("", "direct", "")
    year = Filters(since="2024", until="2024")
    assert year.keeps("", "", "2024-12-31") and not year.keeps("", "", "2025-01-01")
    assert Filters(until="2024-06").keeps("", "", "1999-01-01")
    assert Filters().keeps("", "", "") and not Filters().active
    assert not Filters(outlet="A").keeps("B", "", "2024-01-01")
    assert not Filters(kind="direct").keeps("A", "indirect", "")


def test_tally_counts_months_and_keeps_undated_apart() -> None:
    counted = tally([("A", "2024-01-05"), ("B", "2024-01-20"), ("A", "2023-12-01"), ("A", ""), ("", "2024-01")])
    assert counted.outlets == [("A", 3), ("B", 1)]
    assert counted.months == [("2023-12", 1), ("2024-01", 3)]
    assert counted.undated == 1


def test_an_organisation_or_place_page_lists_the_articles_mentioning_it(sample: Archive) -> None:
    for kind in (EntityType.ORGANIZATION, EntityType.PLACE):
        name, _, articles, _ = sample.entity_counts(kind)[0]
        profile = sample.profile(name, kind)
        assert profile.entity_type is kind
        assert profile.article_count == articles == len(profile.articles)
        assert {a.summary.id for a in profile.articles} == {
            s.id for s in sample.articles_mentioning(name, kind)
        }
        assert all(a.mentions >= 1 for a in profile.articles)
        days = [a.day for a in profile.articles]
        dated = [d for d in days if d]
        assert dated == sorted(dated, reverse=True) and days[: len(dated)] == dated  # undated last
        assert sum(n for _, n in profile.months) + profile.undated == articles
        forms = {name}
        for summary in profile.articles:
            article = sample.article(summary.summary.id)
            assert article is not None
            entity = next(e for e in article.entities if e.name == name and e.type is kind)
            forms |= {m.text for m in entity.mentions}
        for item in profile.statements:  # the entity, written as its articles write it, is in its words
            words = re.findall(r"\w+", item.row.statement.text)
            assert any(_has_words(words, re.findall(r"\w+", form)) for form in forms)
    named = [sample.profile(n, k) for k in (EntityType.ORGANIZATION, EntityType.PLACE)
             for n, _, _, _ in sample.entity_counts(k)[:5]]
    assert any(p.statements for p in named), "some sample entity should be named inside a quote"


def _has_words(words: list[str], wanted: list[str]) -> bool:
    return any(words[i : i + len(wanted)] == wanted for i in range(len(words)))


def test_the_page_finds_out_what_a_name_is(sample: Archive) -> None:
    place = sample.entity_counts(EntityType.PLACE)[0][0]
    organisation = sample.entity_counts(EntityType.ORGANIZATION)[0][0]
    speaker = sample.speakers()[0][0]
    assert sample.profile(place).entity_type is EntityType.PLACE
    assert sample.profile(organisation).entity_type is EntityType.ORGANIZATION
    assert sample.profile(speaker).entity_type is EntityType.PERSON
    unknown = sample.profile("Nobody Of This Name")
    assert unknown.entity_type is EntityType.PERSON
    assert not unknown.statements and unknown.names == ["Nobody Of This Name"]


def test_roles_are_written_with_their_first_and_last_day(sample: Archive) -> None:
    with_roles = [sample.profile(name) for name, _ in sample.speakers()[:8]]
    roles = [role for profile in with_roles for role in profile.roles]
    assert roles, "the sample's speakers should have roles written beside their names"
    for role in roles:
        assert role.role.strip() and role.articles >= 1
        assert role.first <= role.last
        assert bool(role.first) == bool(role.last)


def test_arrange_lists_a_remark_by_its_first_report_that_passes(sample: Archive) -> None:
    profile = sample.profile(widest_speaker(sample))
    top, _, _ = arrange(profile.statements)
    cluster = top[0].cluster
    members = [s for s in profile.statements if s.cluster == cluster]
    outlet = members[-1].row.article.outlet
    only = arrange(profile.statements, Filters(outlet=outlet))
    shown: list[PageStatement] = [*only[0], *only[1], *only[2]]
    assert any(s.cluster == cluster and s.row.article.outlet == outlet for s in shown)


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("Menteri Keuangan", True),
        ("Kepala BNPB", True),
        ("a hydrologist at the Example Institute of Technology", True),  # a description naming a place
        ("dalam rapat itu ia menolak usulan tersebut", False),  # a clause caught as the role
        ("Mr", False),  # an honorific alone
        ("Irjen", False),  # a rank alone
        ("", False),
    ],
)
def test_a_written_role_is_shown_when_it_reads_as_one(written: str, kept: bool) -> None:
    assert bool(_role_of(written)) is kept
