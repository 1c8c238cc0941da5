"""The Balinese article before a name: "I Wayan Fulan", "Ni Luh Sari".

"I" (men) and "Ni" (women) before a birth-order or caste name are part of the name as the page
writes it (``gazetteer/balinese_names.txt``). In English "I" is also the pronoun, and a sentence
opening on "I Nyoman Fulan, a lawmaker, said" loses it; a person whose name opens on such a name
and whose every mention so opening follows the article takes it back.
"""

from __future__ import annotations

from kutip.index.entities.lexicon import lexicon
from kutip.index.language import fold, words
from kutip.index.models import Entity, EntityType, Mention

__all__ = ["keep_balinese_articles"]

_ARTICLES = ("I", "Ni")


def _article_before(body: str, mention: Mention) -> str | None:
    for article in _ARTICLES:
        at = mention.start - len(article) - 1
        if at >= 0 and body[at : mention.start] == article + " " and (at == 0 or not body[at - 1].isalnum()):
            return article
    return None


def keep_balinese_articles(entities: list[Entity], body: str) -> list[Entity]:
    """``entities`` with "I" or "Ni" put back before a Balinese name that follows it on every mention."""
    for entity in entities:
        parts = words(entity.name)
        if entity.type is not EntityType.PERSON or len(parts) < 2 or fold(parts[0]) not in lexicon().balinese:
            continue
        opening = [m for m in entity.mentions if m.text.split()[:1] == [parts[0]]]
        articles = {_article_before(body, m) for m in opening}
        if not opening or len(articles) != 1 or None in articles:
            continue
        article = articles.pop()
        assert article is not None
        size = len(article) + 1
        entity.aliases = list(dict.fromkeys([entity.name, *entity.aliases]))
        entity.name = f"{article} {entity.name}"
        entity.mentions = [
            Mention(m.start - size, m.end, body[m.start - size : m.end]) if m in opening else m
            for m in entity.mentions
        ]
    return entities
