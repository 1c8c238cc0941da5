"""One article reporting a speaker's statements, for the linker's tests: each test module names its
own speaker, day and language, and the statements' kinds and texts."""

from __future__ import annotations

from kutip.index.models import Article, Statement


def reporting_article(
    aid: str, speaker: str, said: tuple[tuple[str, str], ...], *, date: str, lang: str
) -> Article:
    """Article ``aid`` whose statements are ``said`` ((kind, text) pairs), all by ``speaker``."""
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=aid, date=date, lang=lang, body="-")
    article.statements = [
        Statement(
            id=f"{aid}:{i}",
            article=aid,
            text=text,
            kind=kind,
            start=100 * i,
            end=100 * i + 90,
            speaker=speaker,
        )
        for i, (kind, text) in enumerate(said)
    ]
    return article
