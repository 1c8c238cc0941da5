"""What the façade hands the reader besides the models: rows joined to their article."""

from __future__ import annotations

from dataclasses import dataclass

from kutip.index.docstore import lead_of
from kutip.index.models import Article, ArticleSummary, Entity, Span, Statement


@dataclass(frozen=True, slots=True)
class EntityRow:
    """An entity of one article; ``credit`` names the role of a credited person (writer, photo)."""

    article: ArticleSummary
    entity: Entity
    credit: str = ""


@dataclass(frozen=True, slots=True)
class StatementRow:
    """A statement joined to its article."""

    statement: Statement
    article: ArticleSummary


@dataclass(frozen=True, slots=True)
class StatementHit:
    """A statement found by a search, with highlight ranges inside its text."""

    row: StatementRow
    score: float
    highlights: tuple[Span, ...] = ()


def summary_of_article(article: Article) -> ArticleSummary:
    lead = "" if article.title else lead_of(article.body[:210], article.dateline)
    return ArticleSummary(
        article.id, article.title, article.outlet, article.date, article.path, article.lang, lead
    )


def _seq(statement: Statement) -> tuple[int, int]:
    """A statement's place in its article: the number its id ends with, else its offset."""
    number = statement.id.rpartition(":")[2]
    return (int(number), statement.start) if number.isdigit() else (0, statement.start)


def in_article_order(rows: list[StatementRow]) -> list[StatementRow]:
    """Newest article first (undated last), then by title and article, then body order."""
    ordered = sorted(rows, key=lambda r: (r.article.title, r.article.id, _seq(r.statement)))
    ordered.sort(key=lambda r: r.article.date, reverse=True)  # stable: ties keep the order above
    ordered.sort(key=lambda r: r.article.date == "")
    return ordered
