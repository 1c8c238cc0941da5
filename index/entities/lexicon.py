"""The word lists and gazetteers behind recognition, read once from data files.

Everything language-specific lives in ``kutip/index/data/gazetteer`` so that an editor
can add a country, an outlet or a title without touching code; the speech verbs come from
the one list the statements extractor reads too, ``data/speech_verbs.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kutip.index.entities.office_compounds import unit_word
from kutip.index.language import fold, folded_set, lines, sections, words
from kutip.index.language.deputies import deputy_forms
from kutip.index.models import EntityType
from kutip.index.search.stemming import root_words

_SHORT_FORMS = "language/office_short_forms.txt"
_RULE_HEADS = "language/rule_heads.txt"

__all__ = [
    "GazetteerEntry",
    "Lexicon",
    "canonical_place",
    "glued_rank",
    "lexicon",
    "lookup",
    "nominal_noun",
    "unit_word",
]

Key = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """A known place or organisation with its Indonesian and English names."""

    name_id: str
    name_en: str
    type: EntityType

    def name(self, lang: str) -> str:
        """The canonical name for an article in ``lang`` (Indonesian unless English)."""
        return self.name_en if lang == "en" else self.name_id


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All recognition data; keys are tuples of folded words as :func:`words` splits them."""

    entries: dict[Key, GazetteerEntry]
    exact_entries: dict[tuple[str, ...], GazetteerEntry]  # capitals-only aliases, matched as written
    longest_entry: int
    entry_starts: frozenset[str]  # folded first words of every entry, to skip most words at once
    titles: frozenset[Key]
    longest_title: int
    title_starts: frozenset[str]
    portfolios: frozenset[str]
    common: frozenset[str]
    org_heads: frozenset[Key]
    thing_heads: frozenset[Key]
    place_heads: frozenset[str]
    demonyms: frozenset[Key]
    speech_before: frozenset[Key]
    speech_after: frozenset[str]
    particles: frozenset[str]
    connectors: frozenset[str]
    qualifier_links: frozenset[str]
    place_preps: frozenset[str]
    area_preps: frozenset[str]
    apposition: frozenset[str]
    roles: frozenset[str]
    compass: frozenset[str]
    kin: frozenset[str]  # kinship words before a relative's name ("istrinya, X")
    honorifics: frozenset[str]  # words of address before a name ("Pak X", "Mbak Y")
    balinese: frozenset[str]  # Balinese birth-order and caste names ("Wayan", "Gusti") after "I" / "Ni"
    rule_titles: frozenset[str] = frozenset()  # title words the rules know and the tagger features do not
    rule_heads: frozenset[str] = frozenset()  # body and place heads the tagger features do not see
    rule_entries: frozenset[Key] = frozenset()  # names of rule_*.tsv: no "org" or "place" feature
    rule_portfolios: frozenset[str] = frozenset()  # portfolio words the tagger features do not see

    def entry(self, written: list[str], folded: list[str] | None = None) -> GazetteerEntry | None:
        """The gazetteer entry spelled by ``written`` words, honouring capitals-only aliases."""
        exact = self.exact_entries.get(tuple(written))
        if exact is not None:
            return exact
        return self.entries.get(tuple(folded if folded is not None else [fold(w) for w in written]))


def _lines(filename: str) -> list[str]:
    return lines(f"gazetteer/{filename}")


def _sections(filename: str) -> dict[str, list[str]]:
    return sections(f"gazetteer/{filename}")


def _keys(lines: list[str]) -> frozenset[Key]:
    return frozenset(tuple(fold(w) for w in words(line)) for line in lines)


def _is_capitals(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _load_entries(
    filename: str, kind: EntityType, folded: dict[Key, GazetteerEntry], exact: dict[Key, GazetteerEntry]
) -> None:
    for line in _lines(filename):
        cells = [*line.split("\t"), "", ""]
        name_id = cells[0].strip()
        name_en = cells[1].strip() or name_id
        entry = GazetteerEntry(name_id, name_en, kind)
        aliases = [a.strip() for a in cells[2].split("|") if a.strip()]
        if not cells[1].strip():
            aliases += _english_compass(name_id)
        for form in (name_id, name_en, *aliases):
            written = tuple(words(form))
            if not written:
                continue
            if _is_capitals(form) and len(written) == 1:
                exact.setdefault(written, entry)
                if len(form) < 4:  # "AS", "UE", "WHO" would otherwise catch ordinary words
                    continue
            folded.setdefault(tuple(fold(w) for w in written), entry)


_COMPASS = (
    ("barat daya", "Southwest"),
    ("barat laut", "Northwest"),
    ("timur laut", "Northeast"),
    ("tenggara", "Southeast"),
    ("utara", "North"),
    ("selatan", "South"),
    ("timur", "East"),
    ("barat", "West"),
    ("tengah", "Central"),
)


def _english_compass(name: str) -> list[str]:
    """ "North Tapanuli" for "Tapanuli Utara": English news puts the compass word first.

    Only names of two words or more come out, so the tagger's one-word place flags stay as they are.
    """
    folded = fold(name)
    for suffix, english in _COMPASS:
        stem = name[: len(name) - len(suffix)].strip()
        if folded.endswith(" " + suffix) and stem:
            return [f"{english} {stem}"]
    return []


def _speech_cues() -> tuple[frozenset[Key], frozenset[str]]:
    """Verbs before and after a speaker, from the one list ``data/speech_verbs.tsv``.

    Read directly (the statements package reads the same file) so that entities never
    import statements. "kata Fulan", "katanya", "menurut Fulan" come before the speaker;
    "Fulan mengatakan", "Fulan menilai" after.
    """
    before: set[Key] = set()
    after: set[str] = set()
    for row in lines("speech_verbs.tsv"):
        form, _lang, uses = row.split("\t")
        kinds = {u.strip() for u in uses.split(",")}
        key = tuple(fold(w) for w in words(form))
        if kinds & {"post", "clitic", "according"}:
            before.add(key)
        if form == "according":
            before.add(("according", "to"))
        if kinds & {"active", "opinion"} and len(key) == 1:
            after.add(key[0])
    return frozenset(before), frozenset(after)


def _with_deputies(titles: frozenset[Key]) -> frozenset[Key]:
    """The titles and their deputies' short forms: "Wa" + a minister's ("Menaker" -> "Wamenaker").

    Deputy ministers are written that way for every ministry ("Wamenkeu", "Wamensos"), so the list
    gives the ministers and the deputies follow, rather than the list spelling out each.
    """
    return titles | {(form,) for form in deputy_forms(key[0] for key in titles if len(key) == 1)}


def _glued_corps(titles: frozenset[Key]) -> frozenset[Key]:
    """A rank and its corps written as one word: "Kombespol" for "Kombes Pol", "Brigjenpol".

    Scrapes and small outlets glue the force's mark to the rank; each two-word title whose second
    word is a corps mark (``language/corps.txt``) gives its glued form, so no list spells them out.
    """
    corps = folded_set("language/corps.txt")
    return frozenset((key[0] + key[1],) for key in titles if len(key) == 2 and key[1] in corps)


_SUB_MIN = 5  # letters a title needs before "sub" glued to it is read as its deputy ("Subkoordinator")


def _sub_titles(titles: frozenset[Key]) -> frozenset[Key]:
    """A one-word title with "sub" glued before it, the office under it ("Subkoordinator"): offices of
    the civil service's units are named so, and no list spells them all out."""
    return frozenset(("sub" + key[0],) for key in titles if len(key) == 1 and len(key[0]) >= _SUB_MIN)


@cache
def _glued_ranks() -> frozenset[str]:
    return frozenset(key[0] for key in _glued_corps(_keys(_lines("titles.txt"))))


def glued_rank(word: str) -> bool:
    """A rank glued to its corps mark (``Kombespol``, ``Brigjenpol``): a title of one word."""
    return fold(word) in _glued_ranks()


@cache
def lexicon() -> Lexicon:
    """The bundled data, loaded on first use and shared afterwards."""
    folded: dict[Key, GazetteerEntry] = {}
    exact: dict[Key, GazetteerEntry] = {}
    _load_entries("places.tsv", EntityType.PLACE, folded, exact)
    _load_entries("organizations.tsv", EntityType.ORGANIZATION, folded, exact)
    # bodies and places the rules know and the tagger's features do not: the shipped model stays as trained
    tagger_entries = {*folded, *exact}
    _load_entries("rule_organizations.tsv", EntityType.ORGANIZATION, folded, exact)
    _load_entries("rule_places.tsv", EntityType.PLACE, folded, exact)
    tagger_portfolios = frozenset(fold(w) for w in _lines("portfolios.txt"))
    rule_portfolios = folded_set(_RULE_HEADS, "portfolios") - tagger_portfolios
    tagger_titles = _with_deputies(_keys(_lines("titles.txt")))
    # glued ranks and "sub" offices are rule titles: the tagger's title feature (and the shipped model)
    # stays as trained
    short_forms = _keys(lines(_SHORT_FORMS)) | _glued_corps(tagger_titles) | _sub_titles(tagger_titles)
    titles = tagger_titles | short_forms
    speech_before, speech_after = _speech_cues()
    cues = _sections("cues.txt")
    tagger_orgs = _keys(_lines("org_heads.txt"))
    tagger_places = frozenset(fold(w.strip()) for w in _lines("place_heads.txt"))
    rule_orgs = folded_set(_RULE_HEADS, "organisations")
    rule_places = folded_set(_RULE_HEADS, "places")
    # the heads the features read stay as trained; the rule heads join the rules only
    tagger_heads = tagger_places | frozenset(k[0] for k in tagger_orgs if len(k) == 1)
    rule_heads = (rule_orgs | rule_places) - tagger_heads
    return Lexicon(
        entries=folded,
        exact_entries=exact,
        longest_entry=max(len(k) for k in (*folded, *exact)),
        entry_starts=frozenset(fold(k[0]) for k in (*folded, *exact)),
        titles=titles,
        longest_title=max(len(k) for k in titles),
        title_starts=frozenset(k[0] for k in titles),
        portfolios=tagger_portfolios | rule_portfolios,
        common=frozenset(fold(w.strip()) for w in _lines("common.txt")),
        org_heads=tagger_orgs | frozenset((w,) for w in rule_orgs),
        thing_heads=_keys(_lines("thing_heads.txt")),
        place_heads=tagger_places | rule_places,
        demonyms=_keys(_lines("demonyms.txt")),
        speech_before=speech_before,
        speech_after=speech_after,
        particles=frozenset(fold(w) for w in cues.get("particles", [])),
        connectors=frozenset(fold(w) for w in cues.get("connectors", [])),
        qualifier_links=frozenset(fold(w) for w in cues.get("qualifier_links", [])),
        place_preps=frozenset(fold(w) for w in cues.get("place_preps", [])),
        area_preps=frozenset(fold(w) for w in cues.get("area_preps", [])),
        apposition=frozenset(fold(w) for w in cues.get("apposition", [])),
        roles=frozenset(fold(w) for w in cues.get("roles", [])),
        kin=frozenset(fold(w) for w in cues.get("kin", [])),
        honorifics=frozenset(fold(w) for w in cues.get("honorifics", [])),
        compass=frozenset(fold(w) for w in cues.get("compass", [])),
        balinese=frozenset(fold(w) for part in _sections("balinese_names.txt").values() for w in part),
        rule_titles=frozenset(k[0] for k in short_forms) - frozenset(k[0] for k in tagger_titles),
        rule_heads=rule_heads,
        rule_entries=frozenset({*folded, *exact} - tagger_entries),
        rule_portfolios=rule_portfolios,
    )


def lookup(name: str) -> GazetteerEntry | None:
    """The gazetteer entry for a name or alias ("AS", "Korut", "North Korea"), if any."""
    return lexicon().entry(words(name))


def canonical_place(name: str, lang: str = "id") -> str:
    """The canonical name of a known place or organisation alias; unknown names come back unchanged."""
    entry = lookup(name)
    return entry.name(lang) if entry is not None else name


def nominal_noun(word: str) -> bool:
    """An Indonesian abstract noun by its affixes: "pencegahan", "perselisihan", "kemahasiswaan".

    The "pe-...-an" and "ke-...-an" circumfixes build the words of offices and fields;
    personal names of eight letters or more hardly ever take both.
    """
    return len(word) >= 8 and word.endswith("an") and word.startswith(("pe", "ke"))


def clitic_word(word: str) -> bool:
    """A root word with the clitic "-nya" ("Wakilnya", "Ibunya"): it opens a phrase, never a name."""
    return word.endswith("nya") and len(word) >= 6 and word[:-3] in root_words()


@cache
def degrees() -> frozenset[str]:
    """Academic degrees written after a name ("BSc", "SH", "Sp"), folded and without dots."""
    return frozenset(fold(w.replace(".", "")) for w in _lines("degrees.txt"))


@cache
def _name_prefixes() -> tuple[str, ...]:
    return tuple(sorted((fold(w.strip()) for w in _lines("name_prefixes.txt")), key=len, reverse=True))


def brand_word(text: str) -> bool:
    """One word with a capital inside that no surname prefix explains ("SpaceX", "YouTube")."""
    if len(text) < 4 or not text[:1].isupper() or text.isupper():
        return False
    inner = next((k for k in range(1, len(text)) if text[k].isupper() and text[k - 1].isalpha()), -1)
    if inner < 0:
        return False
    prefix = text[:inner]  # "Space", "You"; never glued initials ("EEFulan") nor a short "Do"
    return len(prefix) >= 3 and not prefix.isupper() and fold(prefix) not in _name_prefixes()


@cache
def _body_prefixes() -> tuple[str, ...]:
    return tuple(fold(w.strip()) for w in _lines("body_prefixes.txt"))


def body_word(text: str) -> bool:
    """A syllabic short name of a government body ("Kemenpora", "Depdiknas", "Pemprov", "Satlantas")."""
    if len(text) < 6 or not text[:1].isupper() or text.isupper():
        return False
    folded = fold(text)
    return folded.startswith(_body_prefixes()) or unit_word(folded)
