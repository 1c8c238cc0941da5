"""A "person" named only in ordinary English words is a label, on any page: "Flight Data Recorder",
"Olympic Record", "Double Check" in Indonesian prose, "Deputy for Marketing" read as a title and a name.

English bodies already drop such runs when nothing cues them (``thin.drop_uncued_english``); yet
Indonesian pages quote English labels, product and show names, and a title or a speech verb before
an English portfolio ("Director General of Industrial Relations") lends it a cue. A person's name
holds a word of its own, a given or a family name; a run whose every word is an English news word of
the project's lexicon and none a given name (:func:`english_names.ordinary_english_name`) holds none.
A listed figure or its first word (the English stemmer reads "Anies" as "any" in the plural), and a
word the article also writes inside another person's name ("Novel" beside "Novel Fulan"), stay.
"""

from __future__ import annotations

from kutip.index.entities.english_names import ordinary_english_name
from kutip.index.entities.figure_words import figure_word
from kutip.index.entities.figures import full_name
from kutip.index.language import fold, words
from kutip.index.models import Entity, EntityType

__all__ = ["drop_english_labels", "english_label"]


def drop_english_labels(entities: list[Entity]) -> list[Entity]:
    """``entities`` less the persons named only in ordinary English words (see the module)."""
    persons = [e for e in entities if e.type is EntityType.PERSON]
    labels = {id(e) for e in persons if english_label(e.name)}
    if not labels:
        return entities
    named = [{fold(w) for w in words(e.name)} for e in persons if id(e) not in labels]
    kept: list[Entity] = []
    for entity in entities:
        own = {fold(w) for w in words(entity.name)}
        if id(entity) in labels and not any(own <= other for other in named):
            continue
        kept.append(entity)
    return kept


def english_label(name: str) -> bool:
    """Whether ``name`` is written in ordinary English words only and is no listed figure's name, form
    or distinctive first word: the one test for a body's person and an unlabelled credit alike."""
    return not _listed(name) and ordinary_english_name(name)


def _listed(name: str) -> bool:
    """A listed figure's name, form or distinctive first word."""
    return full_name(name) is not None or figure_word(name) is not None
