"""Office-only cues named through the archive at index time: ``"…," ujar Menkeu`` in an
article that never names the finance minister is said by whoever the archive (or the batch
being indexed with it) names in that office at that date.

It runs before a batch's statements are written (to the search index and the store), so the
stored speaker is the person and ``kutip quotes --speaker NAME`` finds the statement; an
answer at read time would leave the stored speaker empty. Unsure (nobody, or two people in
the office around that date) leaves the speaker unknown.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from kutip.index.models import Article, Statement
from kutip.index.people.evidence import article_date, article_evidence
from kutip.index.people.lookup import resolve_role
from kutip.index.people.memory import PeopleIndex
from kutip.index.people.roles import role_key
from kutip.index.statements.lexicon import lexicon
from kutip.index.statements.sole_person import pronoun_cue

__all__ = ["name_offices", "office_of"]

_MAX_OFFICE_WORDS = 5


def office_of(cue: str | None) -> str:
    """The office a speaker-less cue names (``ujar Menkeu`` → ``Menkeu``), "" when it names
    none: the cue's words without its speech verbs, all of them one office's."""
    if not cue:
        return ""
    lex = lexicon()
    words = [w for w in cue.replace(",", " ").split() if not lex.is_verb(w)]
    words = [w for w in words if w.casefold() not in lex.according]
    while words and (lex.is_a(words[0], "function") or words[0].casefold() == "to"):
        words = words[1:]
    if not words or len(words) > _MAX_OFFICE_WORDS or not lex.is_a(words[0], "role"):
        return ""
    if any(w[:1].isupper() and not w.isupper() and not lex.is_a(w, "role") for w in words):
        return ""  # "Menkeu Fulan": a name, which the article itself resolves or not
    office = " ".join(words)
    return office if role_key(office) else ""


def name_offices(db: sqlite3.Connection | None, articles: Sequence[Article]) -> int:
    """Gives each speaker-less office cue of ``articles`` the person the archive (``db``, may be
    None) and the batch itself agree holds that office at the article's date (an undated article:
    the one holder they know at any date), and the pronoun cues that went on from it; returns
    how many. The batch's own evidence is read only when some cue needs it."""
    wanted: list[tuple[Article, Statement, str]] = [
        (article, statement, office)
        for article in articles
        for statement in article.statements
        if statement.speaker is None and (office := office_of(statement.speaker_as_written))
    ]
    if not wanted:
        return 0
    roles = {role_key(office) for _a, _s, office in wanted}
    holders = [a for a in articles if any(row.role in roles for row in article_evidence(a)[1])]
    batch = PeopleIndex.from_articles(holders) if holders else None
    named = 0
    for article, statement, office in wanted:
        date = article_date(article)
        archived = resolve_role(db, office, date) if db is not None else None
        batched = batch.resolve_role(office, date) if batch is not None else None
        if archived and batched and archived != batched:
            continue  # the archive and this batch name different people: unsure
        person = archived or batched
        if person:
            statement.speaker = person
            named += 1 + _carried_on(article, statement, person)
    return named


def _carried_on(article: Article, statement: Statement, person: str) -> int:
    """Gives ``person`` the pronoun cues that went on from ``statement`` (``"…," ujar Menkeu``,
    then ``"…," tambahnya``): the article left them unknown because the office was; the run ends at
    the first statement with a speaker or with a cue of another kind. Returns how many."""
    later = sorted((s for s in article.statements if s.start > statement.start), key=lambda s: s.start)
    carried = 0
    for other in later:
        if other.speaker is not None or not pronoun_cue(other.speaker_as_written):
            break
        other.speaker = person
        carried += 1
    return carried
