"""How a person's or entity's page writes the rows of its list: a statement with the outlets
reporting it, an article naming the entity, and the timeline's counts of those articles. Apart from
the screen, which only chooses what to list and in what order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from textual.content import Content

from kutip.index.facade import ArticleSummary, Statement
from kutip.tui.text import one_line
from kutip.tui.widgets.page_facts import count
from kutip.tui.widgets.statement_rows import statement_prompt

MUTED = "$text-muted"


def statement_row_prompt(
    statement: Statement,
    article: ArticleSummary,
    person: bool,
    others: int,
    outlets: tuple[str, ...],
    *,
    repeats: int = 1,
) -> Content:
    """The statement as every list writes it; a remark several articles report says which outlets."""
    prompt = statement_prompt(statement, article, show_speaker=not person, others=others, repeats=repeats)
    if not others:
        return prompt
    return Content.assemble(prompt, "\n", (reported_by(others + 1, outlets), MUTED))


def reported_by(articles: int, outlets: tuple[str, ...]) -> str:
    """``reported by A, B and 2 other articles``: the outlets named, then the articles they leave
    uncounted (a page naming no outlet, or a named outlet's second report). Named alone, a remark
    of one outlet's page and an outlet-less page read "reported by" that outlet only, as if no other
    article had it."""
    named = [name for name in map(one_line, outlets) if name]
    rest = articles - len(named)
    if not named:
        return f"reported by {articles} articles naming no outlet"
    if rest <= 0:
        return f"reported by {', '.join(named)}"
    return f"reported by {', '.join(named)} and {rest} other article{'s' if rest != 1 else ''}"


def article_months(articles: Sequence[ArticleSummary]) -> tuple[list[tuple[str, int]], int]:
    """The timeline's counts: articles a month (``yyyy-mm``), and the undated apart."""
    months = Counter(a.date[:7] for a in articles if len(a.date) >= 7)
    return sorted(months.items()), sum(1 for a in articles if len(a.date) < 7)


def article_prompt(summary: ArticleSummary, day: str, mentions: int | None) -> Content:
    """``mentions`` None: not counted (the articles naming a person never quoted)."""
    date = summary.date or (f"{day} (event)" if day else "undated")
    details = f"{one_line(summary.outlet) or 'no outlet'} · {date}"
    if mentions is not None:
        details += f" · {count(mentions, 'mention')}"
    return Content.assemble((details, MUTED), "\n", (one_line(summary.headline) or summary.path, "bold"))
