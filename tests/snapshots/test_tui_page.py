"""The person page and the entity page, driven by the pilot on the bundled sample archive.

Speakers, places and outlets are picked from the archive, never hard-coded.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static

from kutip.index.facade import (
    Archive,
    Article,
    Entity,
    EntityType,
    Mention,
    entity_groups,
    merge_people,
)
from kutip.tui.app import KutipApp
from kutip.tui.screens import person as person_screen
from kutip.tui.screens.palette_pages import EntitiesProvider
from kutip.tui.screens.person import PersonScreen
from kutip.tui.widgets.page_facts import parse_range
from kutip.tui.widgets.page_timeline import Timeline, bars, month_range
from tests.pilot_support import settle, synchronous

SIZE = (160, 48)
SMALL = (80, 24)


@pytest.fixture
def sample(sample_archive: Archive) -> Archive:
    """The bundled sample archive (built once for the run, tests/snapshots/conftest.py)."""
    return sample_archive


def widest_speaker(archive: Archive) -> str:
    return max(
        archive.speakers()[:8],
        key=lambda s: (max((c.articles for c in archive.clusters(speaker=s[0])), default=0), s[1]),
    )[0]


def place_in_an_article(archive: Archive) -> tuple[Article, Entity]:
    """The most widely mentioned place, and the newest article mentioning it."""
    name = archive.entity_counts(EntityType.PLACE)[0][0]
    summary = archive.articles_mentioning(name, EntityType.PLACE)[0]
    article = archive.article(summary.id)
    assert article is not None
    return article, next(e for e in article.entities if e.name == name)


async def open_page(app: KutipApp, pilot: Any, name: str) -> PersonScreen:
    app.open_person(name)
    return await page_shown(app, pilot)


async def open_article(app: KutipApp, pilot: Any, article_id: str) -> None:
    """From a fresh app: put the list's cursor on the article and open it."""
    await settle(app, pilot)
    app.article_list.cursor = app.article_list.index_of(article_id) or 0
    app.article_list.focus()
    await pilot.press("enter")
    await settle(app, pilot)


async def page_shown(app: KutipApp, pilot: Any) -> PersonScreen:
    """The page a key or command just opened, once its profile is read and drawn."""
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, PersonScreen)
    await screen.workers.wait_for_complete()
    await pilot.pause()
    assert screen.profile is not None
    return screen


def prompts(screen: PersonScreen) -> list[str]:
    return [str(option.prompt) for option in screen.statement_list.options]


@synchronous
async def test_the_person_page_shows_who_they_are_and_the_widest_remark_first(sample: Archive) -> None:
    name = widest_speaker(sample)
    app = KutipApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = await open_page(app, pilot, name)
        profile = screen.profile
        assert profile is not None
        facts = str(screen.query_one("#page-facts", Static).render()).splitlines()
        assert name in facts[0] and "person" in facts[0] and f"{len(profile.statements)} statements" in facts[0]
        outlets = next(line for line in facts if line.startswith("Quoted by"))
        assert all(outlet in outlets for outlet, _ in profile.outlets)
        roles = next(line for line in facts if line.startswith("Roles"))
        assert profile.roles and profile.roles[0].role in roles
        timeline = screen.query_one(Timeline)
        assert timeline.months == profile.months
        assert timeline.undated == profile.undated
        drawn = str(timeline.render())
        assert f"{profile.undated} undated" in drawn  # the undated are counted apart, not placed
        listed = prompts(screen)
        assert listed[0].startswith("Most reported")
        widest = max(c.articles for c in sample.clusters(speaker=name))
        assert f"⧉{widest - 1}" in listed[1]
        assert "reported by " in listed[1]
        assert any(p.startswith("Statements — undated") for p in listed)
        await pilot.press("enter")  # the widest remark opens in the reader
        await settle(app, pilot)
        assert not isinstance(app.screen, PersonScreen)
        assert app.reader.current_statement is not None
        assert app.reader.current_statement.id == screen.rows[0].statement.id


@synchronous
async def test_filter_keys_narrow_the_page_and_x_clears(sample: Archive) -> None:
    name = sample.speakers()[0][0]
    app = KutipApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = await open_page(app, pilot, name)
        profile = screen.profile
        assert profile is not None
        everything = len(screen.rows)
        outlet = profile.outlets[0][0]
        await pilot.press("o")
        assert screen.filters.outlet == outlet
        assert screen.rows and all(row.article.outlet == outlet for row in screen.rows)
        assert f"of {len(profile.statements)} statements" in str(screen.query_one("#page-filters", Static).render())
        await pilot.press("d")
        assert screen.filters.kind == "direct"
        assert all(row.statement.kind == "direct" for row in screen.rows)
        await pilot.press("x")
        assert not screen.filters.active
        assert len(screen.rows) == everything
        month = profile.months[0][0]
        await pilot.press("w")
        field = screen.query_one("#page-range", Input)
        assert field.has_focus
        await pilot.press(*month, "enter")
        await pilot.pause()
        assert (screen.filters.since, screen.filters.until) == (month, month)
        assert screen.statement_list.has_focus
        assert screen.query_one(Timeline).undated == 0
        assert not any(p.startswith("Statements — undated") for p in prompts(screen))
        await pilot.press("w", "escape")  # Esc closes the range, not the page
        await pilot.pause()
        assert isinstance(app.screen, PersonScreen)
        assert screen.statement_list.has_focus
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, PersonScreen)


@synchronous
async def test_p_on_a_place_opens_its_page_and_enter_opens_an_article(sample: Archive) -> None:
    article, place = place_in_an_article(sample)
    expected = sample.articles_mentioning(place.name, EntityType.PLACE)
    app = KutipApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await open_article(app, pilot, article.id)
        app.entities_pane.focus()
        app.entities_pane.select_entity(place)
        await pilot.press("p")
        screen = await page_shown(app, pilot)
        assert screen.profile.entity_type is EntityType.PLACE
        shown = str(screen.query_one("#page-facts", Static).render()).splitlines()[0]
        assert place.name in shown and "place" in shown and f"mentioned in {len(expected)} articles" in shown
        listed = prompts(screen)
        assert listed[0].startswith("Articles mentioning it")
        chosen = screen.profile.articles[0].summary
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, PersonScreen)
        assert app.reader.article is not None
        assert app.reader.article.id == chosen.id
        assert app.reader.current_statement is None  # an article opens at its top


def test_people_the_archive_knows_as_one_are_listed_once_with_the_articles_spellings() -> None:
    full = Entity("Fulan Bin Fulani", EntityType.PERSON, [Mention(0, 16, "Fulan Bin Fulani")])
    short = Entity("Ufi", EntityType.PERSON, [Mention(40, 43, "Ufi"), Mention(90, 93, "Ufi")])
    other = Entity("Badu Santosa", EntityType.PERSON, [Mention(60, 72, "Badu Santosa")])
    canonical = {"Fulan Bin Fulani": "Fulan Bin Fulani", "Ufi": "Fulan Bin Fulani", "Badu Santosa": "Badu Santosa"}
    merged = merge_people([full, short, other], canonical)
    assert [e.name for e in merged] == ["Fulan Bin Fulani", "Badu Santosa"]
    assert merged[0].aliases == ["Ufi"]
    assert [m.start for m in merged[0].mentions] == [0, 40, 90]
    assert merged[1] is other
    # a canonical name shorter than the article's own is not shown instead of it
    assert merge_people([full], {"Fulan Bin Fulani": "Fulan"}) == [full]
    article = Article(id="x", source="x.txt", entities=[full, short, other])
    people = dict(entity_groups(article, canonical))[EntityType.PERSON]
    assert [(e.name, role) for e, role in people] == [("Fulan Bin Fulani", ""), ("Badu Santosa", "")]


@synchronous
async def test_the_entities_pane_merges_the_people_once_the_archive_answers(
    sample: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = max(
        (a for s in sample.summaries() if (a := sample.article(s.id)) is not None),
        key=lambda a: len([e for e in a.entities if e.type is EntityType.PERSON]),
    )
    persons = [e for e in article.entities if e.type is EntityType.PERSON]
    persons.sort(key=lambda e: -len(e.name.split()))  # the fuller name is the one shown
    first, second = persons[0], persons[1]
    canonical = {e.name: e.name for e in persons} | {second.name: first.name}

    def canonical_names(self: Archive, names: list[str]) -> dict[str, str]:
        return {name: canonical.get(name, name) for name in names}

    monkeypatch.setattr(Archive, "canonical_names", canonical_names, raising=False)
    app = KutipApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await open_article(app, pilot, article.id)
        pane = app.entities_pane
        names = [e.name for e in pane.entities if e.type is EntityType.PERSON]
        assert second.name not in names and names.count(first.name) == 1
        listed = [str(o.prompt) for o in pane.options]
        row = next(p for p in listed if p.startswith(first.name))
        assert f"as {second.name}" in row
        assert f"×{len(first.mentions) + len(second.mentions)}" in row
        pane.select_entity(second)  # a merged spelling finds its row
        assert pane.current is not None and pane.current.name == first.name


def test_month_ranges_and_bars() -> None:
    assert month_range("2023-11", "2024-02") == ["2023-11", "2023-12", "2024-01", "2024-02"]
    drawn, per_cell = bars([("2024-01", 1), ("2024-03", 8)], 10)
    assert per_cell == 1 and drawn == "▁·█"  # a quiet month keeps its cell
    drawn, per_cell = bars([("2020-01", 1), ("2024-12", 2)], 12)
    assert per_cell == 5 and len(drawn) == 12
    assert bars([], 10) == ("", 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024", ("2024", "2024")),
        ("2024-03", ("2024-03", "2024-03")),
        ("2024-01..2024-06", ("2024-01", "2024-06")),
        ("..2024-06", ("", "2024-06")),
        ("2024-03 ..", ("2024-03", "")),
        ("", ("", "")),
        ("2024-06..2024-01", None),
        ("maret", None),
    ],
)
def test_date_ranges_as_typed(text: str, expected: tuple[str, str] | None) -> None:
    assert parse_range(text) == expected


def _page_snapshot(snap_compare: Any, sample_index: Path, size: tuple[int, int], entity: bool) -> bool:
    archive = Archive.open(sample_index)
    name = archive.entity_counts(EntityType.PLACE)[0][0] if entity else widest_speaker(archive)

    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)
        pilot.app.open_person(name)
        await settle(pilot.app, pilot)
        await pilot.app.screen.workers.wait_for_complete()
        await pilot.pause()

    try:
        return bool(snap_compare(KutipApp(archive), terminal_size=size, run_before=run_before))
    finally:
        archive.close()


def test_person_page_snapshot(snap_compare: Any, sample_index: Path) -> None:
    assert _page_snapshot(snap_compare, sample_index, SIZE, entity=False)


def test_person_page_small_snapshot(snap_compare: Any, sample_index: Path) -> None:
    assert _page_snapshot(snap_compare, sample_index, SMALL, entity=False)


def test_entity_page_snapshot(snap_compare: Any, sample_index: Path) -> None:
    assert _page_snapshot(snap_compare, sample_index, SIZE, entity=True)


def test_entity_page_small_snapshot(snap_compare: Any, sample_index: Path) -> None:
    assert _page_snapshot(snap_compare, sample_index, SMALL, entity=True)


@synchronous
async def test_a_long_page_shows_rows_a_page_at_a_time(sample: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(person_screen, "PAGE_ROWS", 3)
    name = sample.speakers()[0][0]
    app = KutipApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = await open_page(app, pilot, name)
        assert len(screen.rows) == 3
        listed = prompts(screen)
        assert listed[-1].startswith("▾") and "more" in listed[-1]
        screen.statement_list.highlighted = len(listed) - 1
        await pilot.press("enter")  # shows the next rows, and stays on the page
        await pilot.pause()
        assert isinstance(app.screen, PersonScreen)
        assert len(screen.rows) == 6
        highlighted = screen.statement_list.highlighted_option
        assert highlighted is not None and highlighted.id in screen._choices
        assert screen._choices[highlighted.id] == screen.rows[3]  # the cursor on the first new row


@synchronous
async def test_page_of_in_the_palette_opens_an_organisations_page(
    sample: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(KutipApp, "COMMANDS", KutipApp.COMMANDS | {EntitiesProvider})
    name = sample.entity_counts(EntityType.ORGANIZATION)[0][0]
    app = KutipApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p", *f"Page of {name}")
        await asyncio.sleep(0.5)
        await pilot.pause()
        listed = [str(o.prompt) for o in app.screen.query_one("CommandList").options]  # type: ignore[attr-defined]
        assert any(f"Page of {name}" in prompt for prompt in listed)
        await pilot.press("enter")
        screen = await page_shown(app, pilot)
        assert screen.profile.entity_type is EntityType.ORGANIZATION
