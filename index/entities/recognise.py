"""The pipeline: tokens, parts, typed candidates, linked entities."""

from __future__ import annotations

from kutip.index.entities.animals import drop_animals
from kutip.index.entities.balinese_articles import keep_balinese_articles
from kutip.index.entities.before_places import drop_names_before_places
from kutip.index.entities.body_acronyms import cut_body_acronyms
from kutip.index.entities.brand_names import drop_named_brands
from kutip.index.entities.bylines import type_bylines
from kutip.index.entities.check import remember_person_probabilities, remember_recognition
from kutip.index.entities.classes import drop_non_persons
from kutip.index.entities.closings import add_closing_credits
from kutip.index.entities.combine import (
    CUED,
    add_persons,
    in_doubt,
    list_persons,
    split_titled_bodies,
    veto_persons,
)
from kutip.index.entities.composites import split_headline_composites
from kutip.index.entities.coordinated import add_coordinated_names
from kutip.index.entities.cues import type_parts
from kutip.index.entities.cut_off import drop_cut_off_mentions
from kutip.index.entities.defined_forms import retype_defined_short_forms
from kutip.index.entities.dotted import drop_degree_shapes
from kutip.index.entities.east_asian import join_pinyin_given_names
from kutip.index.entities.english_labels import drop_english_labels
from kutip.index.entities.english_offices import cut_office_words
from kutip.index.entities.facilities import facility_names_as_bodies
from kutip.index.entities.figure_ties import untied_figures
from kutip.index.entities.figure_words import (
    FIGURE_CUE,
    cue_headline_figures,
    split_tickets,
    type_figure_words,
)
from kutip.index.entities.glued_fronts import cut_glued_fronts, remember_glued_fronts
from kutip.index.entities.glued_words import cut_glued_words
from kutip.index.entities.headlines import bracketed, headline_persons
from kutip.index.entities.initials import drop_initials
from kutip.index.entities.lexicon import lexicon
from kutip.index.entities.link import build_entities
from kutip.index.entities.local_places import local_places
from kutip.index.entities.name_spans import drop_units_before_bodies, split_names_from_bodies
from kutip.index.entities.one_words import settle_one_words
from kutip.index.entities.org_words import cut_organisation_words
from kutip.index.entities.pairs import drop_hyphen_pairs, retype_dashed_ends
from kutip.index.entities.person_filter import filter_persons, persons_features
from kutip.index.entities.regions import regions_as_places
from kutip.index.entities.regnal import end_at_regnal_numbers
from kutip.index.entities.related_blocks import add_related_block_persons
from kutip.index.entities.segment import segment
from kutip.index.entities.site_accounts import drop_site_accounts
from kutip.index.entities.species_names import drop_species_names
from kutip.index.entities.spouses import split_spouses
from kutip.index.entities.tagger import Tagging, tag_tokens
from kutip.index.entities.thin import (
    drop_numbered_persons,
    drop_thin_persons,
    drop_uncued_english,
    places_are_no_persons,
)
from kutip.index.entities.vessels import drop_vessels
from kutip.index.entities.village_heads import villages_after_heads
from kutip.index.language import Token, tokenize
from kutip.index.models import Entity, EntityType

__all__ = ["person_candidates", "recognise"]


def recognise(body: str, lang: str) -> list[Entity]:
    """Every person, organisation and place named in ``body``, sorted by first mention.

    ``lang`` ("id", "en" or "") picks the canonical form of gazetteer names and turns on
    Indonesian word-shape cues; offsets in the mentions index ``body`` itself.
    """
    entities, tokens, tagging, cues = _pipeline(body, lang)
    entities = drop_vessels(
        drop_named_brands(split_headline_composites(entities, tokens, body), tokens), body
    )
    if tagging is None:
        entities = drop_uncued_english(entities, tokens, cues)
        entities = split_spouses(drop_thin_persons(entities, tokens, None, cues), tokens)
        entities = drop_cut_off_mentions(drop_numbered_persons(places_are_no_persons(entities)), body)
        entities = facility_names_as_bodies(entities, body)
        entities = drop_english_labels(drop_names_before_places(entities, body))
        entities = retype_dashed_ends(drop_hyphen_pairs(retype_defined_short_forms(entities, body)), body)
        entities = add_coordinated_names(drop_degree_shapes(entities), body)
        entities = settle_one_words(entities, tokens, lang)
        entities = untied_figures(body, add_closing_credits(body, join_pinyin_given_names(entities)))
        entities = villages_after_heads(cut_body_acronyms(keep_balinese_articles(entities, body), body), body)
        return drop_species_names(drop_animals(drop_site_accounts(local_places(entities, body)), body), body)
    kept, probabilities = filter_persons(entities, tokens, tagging, lexicon(), cues)
    kept = split_spouses(drop_thin_persons(kept, tokens, tagging, cues), tokens)
    names = {e.name for e in kept}
    remember_person_probabilities(body, {n: p for n, p in probabilities.items() if n in names})
    kept = drop_cut_off_mentions(drop_numbered_persons(places_are_no_persons(kept)), body)
    kept = facility_names_as_bodies(kept, body)
    kept = add_related_block_persons(drop_english_labels(drop_names_before_places(kept, body)), body, lang)
    kept = retype_dashed_ends(drop_hyphen_pairs(retype_defined_short_forms(kept, body)), body)
    kept = add_coordinated_names(drop_degree_shapes(kept), body)
    kept = settle_one_words(kept, tokens, lang)
    # "Sudirman" alone is no "Soedirman" unless the article ties the two (figure_ties)
    kept = untied_figures(body, add_closing_credits(body, join_pinyin_given_names(kept)))
    kept = villages_after_heads(cut_body_acronyms(keep_balinese_articles(kept, body), body), body)
    return drop_species_names(drop_animals(drop_site_accounts(local_places(kept, body)), body), body)


def person_candidates(body: str, lang: str) -> list[tuple[Entity, dict[str, float]]]:
    """The persons ``recognise`` weighs before its person filter, with the filter's features.

    The filter's training reads these (``tools/train_person_filter.py``).
    """
    entities, tokens, tagging, cues = _pipeline(body, lang)
    return persons_features(entities, tokens, tagging, lexicon(), cues)


def _pipeline(body: str, lang: str) -> tuple[list[Entity], list[Token], Tagging | None, dict[int, str]]:
    """Entities by the rules and the tagger, the tokens, the tagging (None in English) and person cues."""
    lex = lexicon()
    tokens = tokenize(body)
    parts = segment(tokens, lex)
    candidates = drop_initials(tokens, type_parts(tokens, parts, lex, lang))
    type_bylines(tokens, candidates)
    regions_as_places(tokens, candidates)
    cut_organisation_words(tokens, candidates)
    if lang == "en":  # the tagger learnt Indonesian only
        candidates = drop_non_persons(tokens, candidates, lang)
        remember_glued_fronts(body, cut_office_words(tokens, candidates))  # "... Customs and Excise Fulan"
        candidates = end_at_regnal_numbers(tokens, cut_glued_words(tokens, candidates))
        cues = {c.first: c.cue for c in candidates if c.type is EntityType.PERSON}
        return build_entities(body, tokens, candidates, lang), tokens, None, cues
    tagging = tag_tokens(tokens, in_doubt(tokens, candidates, lex))
    remember_recognition(body, tokens, tagging)
    split_titled_bodies(tokens, candidates, tagging, lex)
    type_figure_words(tokens, candidates, lex, tagging)
    cued = frozenset(c.first for c in candidates if c.type is EntityType.PERSON and c.cue in CUED)
    add_persons(tokens, candidates, tagging, lex)
    list_persons(tokens, candidates, tagging, lex)
    candidates = split_tickets(tokens, headline_persons(tokens, candidates, lex))
    before = [(c, c.first) for c in candidates]  # the objects too, so no id is reused while compared
    candidates = drop_non_persons(tokens, candidates, lang, tagging)
    cue_headline_figures(tokens, candidates, tagging)
    # "Kapten Infanteri Fulan": a cued run that lost its first words (a corps word) keeps its cue
    moved = {id(c): first for c, first in before if first in cued}
    cued |= {c.first for c in candidates if id(c) in moved}
    # a list item's name in brackets ("(Fulan Badu-Sari Dewi)"): the tagger learnt running text
    cued |= {c.first for c in candidates if c.cue == "headline" and bracketed(tokens, c)}
    cued |= {c.first for c in candidates if c.cue == FIGURE_CUE}  # a ticket's figures, split after ``cued``
    drop_units_before_bodies(tokens, candidates, tagging)
    bodies = {id(c) for c in candidates}
    candidates = split_names_from_bodies(tokens, candidates, tagging)
    # "Waketum Partai Contoh Fulan": a name split from a body right after an office's title is titled
    cued |= {c.first for c in candidates if id(c) not in bodies and c.cue == "title"}
    # "bek Persikota Fulan": a cued run that lost a glued front word keeps its cue
    starts = [(c, c.first) for c in candidates if c.first in cued]
    cut_glued_fronts(body, tokens, candidates, tagging)
    candidates = end_at_regnal_numbers(tokens, cut_glued_words(tokens, candidates))
    cued |= {c.first for c, first in starts if c.first != first}
    cues = {c.first: c.cue for c in candidates if c.type is EntityType.PERSON}
    entities = veto_persons(build_entities(body, tokens, candidates, lang), tokens, tagging, cued)
    return entities, tokens, tagging, cues
