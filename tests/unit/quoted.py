"""One builder for the linking tests' articles: a body and the direct quotations it holds, as
the statements stage would have found them (made-up fixtures, no analysis run)."""

from __future__ import annotations

from collections.abc import Iterable

from kutip.index.models import Article, Statement

Said = tuple[str | None, str, str | None]  # speaker, quotation as in the body, attribution as written


def quoted_article(aid: str, body: str, said: Iterable[Said], date: str = "2024-03-04") -> Article:
    """An Indonesian article ``aid`` whose direct statements are ``said``, each found in ``body``."""
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=aid, date=date, lang="id", body=body)
    statements = []
    for n, (speaker, text, as_written) in enumerate(said):
        start = body.index(text)
        statements.append(
            Statement(
                id=f"{aid}:{n}",
                article=aid,
                text=text,
                kind="direct",
                start=start,
                end=start + len(text),
                speaker=speaker,
                speaker_as_written=as_written,
            )
        )
    article.statements = statements
    return article
