"""A person's or an entity's page: the facts the reader's page shows, gathered in one call.

The page needs names, roles, outlets, a timeline and the most-reported remarks together;
building them here keeps that domain work out of the reader and behind the façade. Every
table is read in a handful of set queries (never one per statement), so a person with
hundreds of statements in a large archive opens at once. Each item is placed at its
article's date, or the event date its lead gives when the article has none; an item with
neither is undated and counted apart, never placed as if it were dated.
Over 400 lines on purpose: the person page and the entity page share every reader here (names,
timeline, outlets, remarks); split, each half would import the other's private queries.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kutip.index import people
from kutip.index.docstore import extra_of, has_packed, lead_column, statement_of, summary_of
from kutip.index.models import ArticleSummary, EntityType
from kutip.index.names import fold
from kutip.index.people.lexicon import people_lexicon
from kutip.index.people.roles import role_key
from kutip.index.sqlin import select_in

if TYPE_CHECKING:
    from kutip.index.docstore import DocStore
    from kutip.index.facade import Archive, StatementRow

__all__ = [
    "Filters",
    "PageArticle",
    "PageStatement",
    "PageView",
    "Profile",
    "Role",
    "Tally",
    "arrange",
    "build_profile",
    "said_once",
    "tally",
]

_DAY = "CASE WHEN a.date != '' THEN a.date ELSE coalesce(json_extract(a.extra, '$.event_date'), '') END"
_ARTICLE_COLUMNS = (
    "a.id AS a_id, a.title, a.outlet, a.date AS a_date, a.source, a.locator, a.lang, a.dateline, "
    f"{lead_column('a')} AS lead, {_DAY} AS day"
)
_STATEMENT_COLUMNS = (
    "s.id, s.article, s.speaker, s.speaker_as_written, s.role, s.text, s.kind, s.via, s.start, s.end"
)
_JOIN = "JOIN articles a ON a.id = s.article"
ARTICLE_LIMIT = 2000
"""Articles an entity page lists (newest first); counts and the timeline still cover them all."""
FORM_ARTICLES = 200
"""Newest articles whose stored mentions say how an entity is written, for finding it in statements."""
MAX_FORMS = 12


@dataclass(frozen=True, slots=True)
class PageStatement:
    """A statement on a page: the row the reader opens, the day it is placed at, its remark's reach.

    ``reach`` is how many articles report the remark (1 when only this one), ``outlets`` which
    outlets they are; ``cluster`` groups the reports of one remark (the statement's own id when
    it is not linked).
    """

    row: StatementRow
    day: str
    reach: int = 1
    cluster: str = ""
    outlets: tuple[str, ...] = ()  # the outlets reporting the remark, most reports first


@dataclass(frozen=True, slots=True)
class PageArticle:
    """An article on an entity's page, with the day it is placed at and its mentions of the entity."""

    summary: ArticleSummary
    day: str
    mentions: int = 0


@dataclass(frozen=True, slots=True)
class Role:
    """A role as the articles write it, with the first and last day it was seen and in how many articles."""

    role: str
    first: str
    last: str
    articles: int
    written: bool = True  # False: no attribution wrote it; shown as the people tables' folded key


@dataclass(frozen=True, slots=True)
class Filters:
    """What the page shows: one outlet, one kind, and a range of days (``yyyy``, ``yyyy-mm`` or full days)."""

    outlet: str = ""
    kind: str = ""
    since: str = ""
    until: str = ""

    @property
    def active(self) -> bool:
        return bool(self.outlet or self.kind or self.since or self.until)

    def passes(self, item: PageStatement) -> bool:
        return self.keeps(item.row.article.outlet, item.row.statement.kind, item.day)

    def keeps(self, outlet: str, kind: str, day: str) -> bool:
        """Whether an item passes; an undated item fails any date bound (it cannot be placed in a range)."""
        if self.outlet and outlet != self.outlet:
            return False
        if self.kind and kind and kind != self.kind:
            return False
        if self.since and (not day or day < self.since):
            return False
        return not (self.until and (not day or day[: len(self.until)] > self.until))


@dataclass(frozen=True, slots=True)
class Tally:
    """Counts per outlet (most first), per month (``yyyy-mm``, oldest first) and of undated items."""

    outlets: list[tuple[str, int]]
    months: list[tuple[str, int]]
    undated: int


@dataclass(slots=True)
class Profile:
    """Everything the page shows about one person (or organisation, or place).

    For a person, ``statements`` are theirs and ``months`` counts them; for an
    organisation or a place, ``articles`` mention it, ``statements`` name it in their
    words, and ``months`` counts the articles.
    """

    name: str
    entity_type: EntityType
    names: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    statements: list[PageStatement] = field(default_factory=list)
    articles: list[PageArticle] = field(default_factory=list)
    article_count: int = 0
    outlets: list[tuple[str, int]] = field(default_factory=list)
    months: list[tuple[str, int]] = field(default_factory=list)
    undated: int = 0

    @property
    def rows(self) -> list[StatementRow]:
        return [item.row for item in self.statements]

    def view(self, outlet: str = "", kind: str = "", since: str = "", until: str = "") -> PageView:
        """What the page shows under these filters (see :class:`Filters`), counted again for them."""
        filters = Filters(outlet, kind, since, until)
        top, dated, undated = arrange(self.statements, filters)
        articles = [a for a in self.articles if filters.keeps(a.summary.outlet, "", a.day)]
        if self.entity_type is EntityType.PERSON:  # every report counts, though a remark is listed once
            kept = said_once([s for s in self.statements if filters.passes(s)])
            counted = tally((s.row.article.outlet, s.day) for s in kept)
            total = len(said_once(self.statements))
            return PageView(top, dated, undated, articles, counted, len(kept), total)
        counted = tally((a.summary.outlet, a.day) for a in articles)
        return PageView(top, dated, undated, articles, counted, len(articles), len(self.articles))


@dataclass(frozen=True, slots=True)
class PageView:
    """A page under its filters: the statements in their three parts, the articles, and their counts.

    ``shown`` of ``total`` counts what the timeline counts: statements on a person's page,
    articles on an entity's.
    """

    top: list[PageStatement]
    dated: list[PageStatement]
    undated: list[PageStatement]
    articles: list[PageArticle]
    counted: Tally
    shown: int
    total: int


def build_profile(archive: Archive, store: DocStore, name: str, entity_type: EntityType | None) -> Profile:
    """The page for ``name``; when the type is not given, whatever the archive knows the name as."""
    db = store.connection()
    kind = entity_type or page_type(db, name)
    if kind is EntityType.PERSON:
        return _person(db, name)
    return _entity(db, name, kind)


def page_type(db: sqlite3.Connection, name: str) -> EntityType:
    """What the archive knows the name as: the type most articles give it, a person when they disagree
    with its statements (a speaker is a person), and a person when no article lists it (a speaker, or
    a short form of a person's name)."""
    row = db.execute(
        "SELECT type FROM entities WHERE name = ? GROUP BY type ORDER BY count(*) DESC, type LIMIT 1", (name,)
    ).fetchone()
    if row is None or row[0] == EntityType.PERSON.value:
        return EntityType.PERSON
    if db.execute("SELECT 1 FROM statements WHERE speaker = ? LIMIT 1", (name,)).fetchone():
        return EntityType.PERSON
    return EntityType(row[0])


# -- a person -------------------------------------------------------------------


def _person(db: sqlite3.Connection, name: str) -> Profile:
    profile = Profile(name=people.canonical(db, name), entity_type=EntityType.PERSON)
    match = people.speaker_match(db, name)
    profile.names = list(match.names) if match and match.names else [name]
    if match is None:
        found = []
    elif match.names:
        found = list(select_in(db, f"{_statement_select(db)} WHERE s.speaker IN ({{marks}})", profile.names))
    else:
        rows = db.execute(f"{_statement_select(db)} WHERE s.speaker LIKE ?", (match.pattern,))
        found = [r for r in rows if match.accepts(r["speaker"])]
    summaries: dict[str, ArticleSummary] = {}
    profile.statements = _with_reach(db, [_page_statement(r, summaries) for r in found])
    counted = tally((s.row.article.outlet, s.day) for s in said_once(profile.statements))
    profile.outlets, profile.months, profile.undated = counted.outlets, counted.months, counted.undated
    profile.article_count = len({s.row.article.id for s in profile.statements})
    profile.roles = _roles(db, name, profile.statements)
    return profile


def _statement_select(db: sqlite3.Connection) -> str:
    """Statements with their article's summary, day and cluster (none before anything was linked)."""
    if not _has_table(db, "link_members"):
        return f"SELECT {_STATEMENT_COLUMNS}, {_ARTICLE_COLUMNS}, NULL AS linked FROM statements s " + _JOIN
    return (  # a linked statement alone has no member row: it is its own cluster
        f"SELECT {_STATEMENT_COLUMNS}, {_ARTICLE_COLUMNS}, "
        "CASE WHEN d.statement IS NULL THEN NULL ELSE coalesce(m.cluster, s.id) END AS linked "
        f"FROM statements s {_JOIN} LEFT JOIN link_docs d ON d.statement = s.id "
        "LEFT JOIN link_members m ON m.statement = s.id"
    )


def _summary(row: sqlite3.Row) -> ArticleSummary:
    return summary_of(row, id_key="a_id", date_key="a_date")  # a statement row has its own id and date


def _page_statement(row: sqlite3.Row, summaries: dict[str, ArticleSummary]) -> PageStatement:
    """The row as a page statement; ``summaries`` keeps one summary per article (many rows share one)."""
    from kutip.index.facade import StatementRow  # the façade imports this module

    statement = statement_of(row)
    statement.cluster = row["linked"]
    day = row["day"] or ""
    summary = summaries.get(row["article"])
    if summary is None:
        summary = summaries[row["article"]] = _summary(row)
    return PageStatement(StatementRow(statement, summary), day, 1, row["linked"] or row["id"])


def _with_reach(db: sqlite3.Connection, found: list[PageStatement]) -> list[PageStatement]:
    """Each statement with the articles and outlets that report its remark (one query per 500 clusters)."""
    linked = [s.cluster for s in found if s.row.statement.cluster]
    articles: dict[str, set[str]] = {}
    outlets: dict[str, Counter[str]] = {}
    if linked:
        rows = select_in(
            db,
            "SELECT DISTINCT m.cluster, s.article, a.outlet FROM link_members m "
            "JOIN statements s ON s.id = m.statement JOIN articles a ON a.id = s.article "
            "WHERE m.cluster IN ({marks})",
            linked,
        )
        for cluster, article, outlet in rows:
            articles.setdefault(cluster, set()).add(article)
            if outlet:
                outlets.setdefault(cluster, Counter())[outlet] += 1
        for s in found:  # a statement alone has no member rows: its own article and outlet
            if s.row.statement.cluster == s.row.statement.id and s.cluster not in articles:
                articles[s.cluster] = {s.row.article.id}
                if s.row.article.outlet:
                    outlets[s.cluster] = Counter({s.row.article.outlet: 1})
    ranked = {c: tuple(sorted(n, key=lambda o: (-n[o], o))) for c, n in outlets.items()}
    out = [
        PageStatement(s.row, s.day, max(1, len(articles.get(c := s.cluster, ()))), c, ranked.get(c, ()))
        for s in found
    ]
    return sorted(out, key=_newest_first_key)


def _newest_first_key(item: PageStatement) -> tuple[bool, str, str, str, int]:
    article = item.row.article
    return (item.day == "", _inverted(item.day), article.title, article.id, item.row.statement.start)


def _roles(db: sqlite3.Connection, name: str, statements: Sequence[PageStatement]) -> list[Role]:
    """Roles as the statements' attributions write them, merged with the roles the people tables hold.

    The tables keep roles as comparable keys ("menteri keuangan" for "Menkeu"); each key is shown
    in the form an attribution wrote it most often, or as the key when none did.
    """
    seen: dict[str, list[str]] = {}
    forms: dict[str, Counter[str]] = {}
    articles: dict[str, set[str]] = {}
    written: set[str] = set()
    keys: dict[str, str] = {}  # written form -> its key, each form looked up once

    def add(key: str, form: str, day: str, article: str, weight: int) -> None:
        forms.setdefault(key, Counter())[form] += weight
        seen.setdefault(key, []).append(day)
        articles.setdefault(key, set()).add(article)

    for item in statements:
        form = " ".join((item.row.statement.role or "").split())
        key = keys[form] if form in keys else keys.setdefault(form, _role_of(form))
        if key:
            written.add(key)
            add(key, form, item.day, item.row.article.id, 2)
    person = people.person_of(db, name)
    if person is not None and _has_table(db, "people_roles"):
        rows = db.execute(
            "SELECT r.role, r.date, r.article FROM people_roles r JOIN people_names n ON n.key = r.name_key "
            "WHERE n.person = ?",
            (person[0],),
        )
        for role, date, article in rows:
            if not _only_honorifics(role):
                add(role, role, date or "", article, 1)  # a written form (weight 2) wins over the key
    written_in: set[str] = set().union(*(articles[k] for k in written))
    found = []
    for key, counter in forms.items():
        if key not in written and articles[key] <= written_in:
            continue  # the key of a role those articles' attributions already show as written
        days = sorted(d for d in seen[key] if d)
        role = counter.most_common(1)[0][0]
        first, last = (days[0], days[-1]) if days else ("", "")
        found.append(Role(role, first, last, len(articles[key]), written=key in written))
    return sorted(found, key=lambda r: (-r.articles, r.last == "", _inverted(r.last), r.role))


def _role_of(form: str) -> str:
    """The key a written role is grouped by, or "" when it reads as no role.

    A role the language layer knows has its key; another phrase counts when it names a title or
    an institution (a capitalised word: "a hydrologist at the Bandung Institute of Technology"),
    not when it is a clause the attribution caught by mistake, nor a bare honorific or rank.
    """
    if not form:
        return ""
    key = role_key(form) or (fold(form) if any(w[:1].isupper() for w in form.split()) else "")
    return "" if _only_honorifics(key) else key


def _only_honorifics(key: str) -> bool:
    honorifics = people_lexicon().honorifics
    return all(word in honorifics for word in key.split())


def _inverted(day: str) -> str:
    """A key that sorts days newest first in an ascending sort."""
    return "".join(chr(0x10FFFF - ord(c)) for c in day)


def _has_table(db: sqlite3.Connection, table: str) -> bool:
    sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return db.execute(sql, (table,)).fetchone() is not None


# -- an organisation or a place -------------------------------------------------


def _entity(db: sqlite3.Connection, name: str, kind: EntityType) -> Profile:
    profile = Profile(name=name, entity_type=kind, names=[name])
    rows = db.execute(
        f"SELECT {_ARTICLE_COLUMNS}, e.mentions FROM entities e JOIN articles a ON a.id = e.article "
        "WHERE e.name = ? AND e.type = ?",
        (name, kind.value),
    ).fetchall()
    found = [PageArticle(_summary(r), r["day"] or "", int(r["mentions"])) for r in rows]
    found.sort(key=lambda a: (a.day == "", _inverted(a.day), a.summary.title, a.summary.id))
    counted = tally((a.summary.outlet, a.day) for a in found)
    profile.outlets, profile.months, profile.undated = counted.outlets, counted.months, counted.undated
    profile.article_count = len(found)
    profile.articles = found[:ARTICLE_LIMIT]
    profile.statements = _statements_naming(db, name, kind)
    return profile


def _statements_naming(db: sqlite3.Connection, name: str, kind: EntityType) -> list[PageStatement]:
    """Statements of the articles mentioning the entity whose words write it as those articles do.

    The ways it is written ("KPK" for the commission an article named in full) come from the
    stored mentions of its newest articles (SQLite's JSON functions over a bounded number of
    articles, so an entity in thousands of articles costs no more); the statements are then
    found by those forms as whole words.
    """
    forms = _mention_forms(db, name, kind)
    if not forms:
        return []
    ids = [
        r[0]
        for r in db.execute(
            "SELECT s.id, s.text FROM statements s WHERE s.article IN "
            "(SELECT article FROM entities WHERE name = ? AND type = ?) "
            f"AND ({' OR '.join('instr(s.text, ?) > 0' for _ in forms)})",
            (name, kind.value, *forms),
        )
        if any(_whole_word(form, r[1]) for form in forms)
    ]
    summaries: dict[str, ArticleSummary] = {}
    chosen = select_in(db, f"{_statement_select(db)} WHERE s.id IN ({{marks}})", ids)
    return _with_reach(db, [_page_statement(r, summaries) for r in chosen])


def _mention_forms(db: sqlite3.Connection, name: str, kind: EntityType) -> list[str]:
    """The entity's name and the forms its newest articles wrote it in, most used first.

    The mentions are in each article's compressed ``packed`` column (``extra`` in older rows), so
    they are counted here, not in SQL."""
    packed = "a.packed" if has_packed(db) else "NULL"
    rows = db.execute(
        f"SELECT a.extra, {packed} FROM entities x JOIN articles a ON a.id = x.article "
        f"WHERE x.name = ? AND x.type = ? ORDER BY a.date DESC LIMIT {FORM_ARTICLES}",
        (name, kind.value),
    )
    counts: Counter[str] = Counter()
    for extra, packed_value in rows:
        for entity in extra_of(extra, packed_value).get("entities", []):
            if entity.get("name") == name and entity.get("type") == kind.value:
                counts.update("" if len(m) < 3 or m[2] is None else str(m[2]) for m in entity["mentions"])
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_FORMS]
    forms = [form for form, _ in top if form and form.strip()]
    return list(dict.fromkeys([name, *forms]))


def _whole_word(form: str, text: str) -> bool:
    """``form`` occurs in ``text`` not inside a longer word."""
    at = text.find(form)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + len(form)] if at + len(form) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        at = text.find(form, at + 1)
    return False


# -- what the page shows -------------------------------------------------------


def said_once(statements: Iterable[PageStatement]) -> list[PageStatement]:
    """The statements with a paragraph its page prints twice counted once: the analysis keeps both
    copies (same article, speaker, kind and words), as the page prints both, but the person said it
    once, and a count of reports (the timeline, the outlets, the filter line's) counted it twice."""
    seen: set[tuple[str, str, str, str]] = set()
    kept = []
    for item in statements:
        said = item.row.statement
        key = (item.row.article.id, said.speaker or "", said.kind, " ".join(said.text.split()))
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def tally(items: Iterable[tuple[str, str]]) -> Tally:
    """Counts of (outlet, day) items: per outlet, per month, and the undated ones apart."""
    outlets: Counter[str] = Counter()
    months: Counter[str] = Counter()
    undated = 0
    for outlet, day in items:
        if outlet:
            outlets[outlet] += 1
        if len(day) >= 7:
            months[day[:7]] += 1
        else:
            undated += 1
    return Tally(sorted(outlets.items(), key=lambda o: (-o[1], o[0])), sorted(months.items()), undated)


def arrange(
    statements: Sequence[PageStatement], filters: Filters = Filters()
) -> tuple[list[PageStatement], list[PageStatement], list[PageStatement]]:
    """(most reported, dated newest first, undated) of the statements that pass the filters.

    A remark reported by several articles is listed once among the most reported (widest
    first), by the first of its reports that passes; its other reports are not repeated.
    """
    kept = [s for s in statements if filters.passes(s)]
    reported: dict[str, PageStatement] = {}
    for item in kept:
        if item.reach > 1:
            reported.setdefault(item.cluster, item)
    top = sorted(reported.values(), key=lambda s: (-s.reach, _newest_first_key(s)))
    clusters = set(reported)
    rest = [s for s in kept if s.cluster not in clusters]
    return top, [s for s in rest if s.day], [s for s in rest if not s.day]
