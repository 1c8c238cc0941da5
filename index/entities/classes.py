"""Word classes that are capitalised like names but never name a person.

Weekdays and months ("kata Fulan Senin"), page furniture ("Tim Redaksi", "Ukuran Font"),
a lone initial ("Brigadir J") and, in Indonesian, two names joined by a hyphen (an
electoral ticket such as "Fulan-Badu") are cut from person candidates or dropped. A
run whose every word the article also writes in lower case ("Menteri Pencetak Utang",
"Bocah Ajaib") is a noun phrase: it stays a person only by linking to a real name. A run
holding a company word ("X Technology", "Y Holdings") is an organisation.
The lists live in ``data/language``.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from kutip.index.entities.cues import Candidate
from kutip.index.entities.dictionary import is_derived_word, is_listed_word, is_lower_word, is_plain_word
from kutip.index.entities.english import english_non_person
from kutip.index.entities.features import first_names
from kutip.index.entities.figures import full_name
from kutip.index.entities.leads import (
    capitalised_at,
    cut_headline_words,
    lone_opener,
    take_syllable,
    trim_leads,
)
from kutip.index.entities.lexicon import degrees, lexicon
from kutip.index.entities.office_compounds import unit_word
from kutip.index.entities.offices import (
    facility_head,
    institution_head,
    office_led,
    title_words_only,
    trim_region,
    trim_title_words,
)
from kutip.index.entities.phrases import fixed_non_person
from kutip.index.entities.tagger import Tagging
from kutip.index.language import Token, fold, folded_set, lines, words, written_lower
from kutip.index.models import EntityType

__all__ = ["drop_non_persons", "is_calendar_word", "navigation_length"]


_AND = frozenset({"dan", "and", "serta"})  # lower case inside a name run, so always written so
_AS = frozenset({"memerankan", "played", "portrayed"})
_VERB_PREFIXES = ("me", "ber", "di", "ter")
PLAIN_RUN_BELOW = 0.7  # an uncued run of ordinary words stays a person from this tagger confidence


def _company_words() -> frozenset[str]:
    return folded_set("language/company_words.txt")


_HEAD_REACH = 3  # words of a name a company's opening word ("Trans") heads


def _company_head(tokens: list[Token], c: Candidate) -> bool:
    """ "Trans Contoh Jaya", "PO Trans X": a run of up to three words that a company's opening word
    (``language/company_heads.txt``) opens names the company, never a person."""
    span = c.last - c.first + 1
    return span <= _HEAD_REACH and tokens[c.first].folded in folded_set("language/company_heads.txt")


def _brand_start(tokens: list[Token], c: Candidate) -> int:
    """Where a maker's or an operator's name starts in ``c`` ("Suzuki", "Pembalap Suzuki Ecstar", "Indosat
    Ooredoo Hutchison", "Suzuki Ecstar Team"), or -1: up to three words from the maker's on, at most one of
    them neither a brand's nor a company's (a sponsor's, a model's; ``language/brands.txt``), after
    everyday words only ("Pembalap").

    A brand word after another name ("Shunichi Suzuki") may be a surname and is left alone.
    """
    brands = folded_set("language/brands.txt") - first_names()
    folded = [tokens[k].folded for k in range(c.first, c.last + 1)]
    at = next((i for i, w in enumerate(folded) if w in brands), -1)
    if at < 0 or any(not is_lower_word(w) or w in first_names() for w in folded[:at]):
        return -1
    rest = folded[at:]
    if sum(w not in brands and w not in _company_words() for w in rest) <= 1 and len(rest) <= 3:
        return c.first + at
    return -1


def is_calendar_word(folded: str) -> bool:
    """A weekday or a month, in Indonesian or English, long or short, a time zone ("pukul 10.00 Wita") or a
    calendar's era ("1445 Hijriah")."""
    return (
        is_weekday(folded)
        or folded in folded_set("language/calendar.txt", "months")
        or folded in folded_set("language/calendar.txt", "zones")
        or folded in folded_set("language/calendar.txt", "eras")
    )


def is_weekday(folded: str) -> bool:
    return folded in folded_set("language/calendar.txt", "weekdays")


@cache
def _navigation() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(w) for w in words(line)) for line in lines("language/navigation.txt"))


def navigation_length(folded: list[str]) -> int:
    """How many words at the start of ``folded`` spell page furniture ("tim redaksi"), else 0;
    furniture may follow furniture ("Tangkapan Layar YouTube Fulan")."""
    phrases = _navigation()
    skipped = 0
    while skipped < len(folded):
        rest = folded[skipped:]
        length = next((n for n in range(min(3, len(rest)), 0, -1) if tuple(rest[:n]) in phrases), 0)
        if not length:
            break
        skipped += length
    return skipped


def _furniture_led(tokens: list[Token], c: Candidate) -> bool:
    """ "Tonton juga '...'", "Simak juga": a line opening with a run that the lower-case words after it
    make page furniture (a related video's or link's label), whatever follows."""
    if c.first > 0 and "\n" not in tokens[c.first].gap:
        return False
    run = [tokens[k].folded for k in range(c.first, c.last + 1)]
    k = c.last + 1
    while k < len(tokens) and len(run) < 3 and tokens[k].text.islower() and "\n" not in tokens[k].gap:
        run.append(tokens[k].folded)
        k += 1
    return navigation_length(run) == len(run) > c.last - c.first + 1


def _degree(tokens: list[Token], c: Candidate) -> bool:
    """ "Fulan, M.Sc", "Fulan, M. Sc": a run that spells an academic degree is no one's name."""
    spelled = "".join(tokens[k].folded for k in range(c.first, c.last + 1)).replace(".", "")
    return c.last - c.first < 3 and spelled in degrees()


def _office_unit(tokens: list[Token], c: Candidate) -> bool:
    """ "Tim Sat Reskrim", "Divisi Humas", "Satreskrim Polresta": an uncued run holding an office's field
    (or a unit's clipped name) names a unit, not a person.

    Portfolio words ("reskrim", "humas", "keuangan") continue titles and bodies and are no
    given names; a title or a speech verb beside the run would have cut the name out already.
    """
    if c.cue != "shape":
        return False
    lex = lexicon()
    words_of_run = (tokens[k].folded for k in range(c.first, c.last + 1))
    return any(
        unit_word(w) or (w in lex.portfolios and w not in lex.common and w not in first_names())
        for w in words_of_run
    )


def _ticket(tokens: list[Token], c: Candidate) -> bool:
    """ "Fulan-Badu": exactly two capitalised names of four letters or more joined by a hyphen."""
    if c.last != c.first + 1:
        return False
    left, right = tokens[c.first], tokens[c.last]
    return right.hyphenated and all(t.text[:1].isupper() and len(t.text) >= 4 for t in (left, right))


def _verb(word: str) -> bool:
    """An Indonesian affixed verb ("Menunjukan", "Mengatakan", "Diberikan"): no name takes that shape."""
    return len(word) >= 8 and word.startswith(("me", "di")) and word.endswith(("kan", "kannya"))


def _cut_at_verb(tokens: list[Token], c: Candidate) -> None:
    """ "Fulan Badu Menunjukan Data": a caption's verb and what follows are no part of the name."""
    for k in range(c.first + 1, c.last + 1):
        if _verb(tokens[k].folded):
            c.last = k - 1
            if c.nickname > c.last:
                c.nickname = -1
            return


_WORK_CUES = "gazetteer/work_cues.txt"
_TITLE_JOINERS = frozenset({"dan", "and", "serta", "&"})  # words that join a title's listed parts
_BREAKS = frozenset('.!?\n"“”')  # a sentence's or a quotation's end: no title runs across it
_OPEN_QUOTES = frozenset('"“‘«')
_CLOSE_QUOTES = frozenset('"”’»')


def _quoted(tokens: list[Token], c: Candidate) -> bool:
    """ "Bintang Terang", "Master Magician": a run alone in quotation marks titles a work or a nickname.

    After "memerankan" or "played" it is a character's name ("memerankan "Fulan Badu"").
    """
    if c.first > 0 and tokens[c.first - 1].folded in _AS:
        return False
    opening = tokens[c.first].gap.rstrip()[-1:]
    closing = tokens[c.last + 1].gap.lstrip()[:1] if c.last + 1 < len(tokens) else ""
    return opening in _OPEN_QUOTES and closing in _CLOSE_QUOTES


def _work_title(tokens: list[Token], c: Candidate) -> bool:
    """ "album debutnya Morning Rain", "film berjudul X": a run right after a work's noun is its title."""
    nouns, between = folded_set(_WORK_CUES, "nouns"), folded_set(_WORK_CUES, "between")
    k = c.first - 1
    if k > 0 and tokens[k].folded in between and tokens[k - 1].folded in nouns:
        return True
    if k >= 0 and tokens[k].folded in folded_set(_WORK_CUES, "titled"):
        return True
    # "bertajuk Strategi, Regulasi, dan Tata Niaga Contoh": a title listing its parts runs on across
    # commas and joiners; a run inside it, with no lower-case word between, is the work's too
    while (
        k >= 0
        and (tokens[k].capitalised or tokens[k].folded in _TITLE_JOINERS)
        and not _BREAKS & set(tokens[k + 1].gap)
    ):
        k -= 1
    return (
        0 <= k < c.first - 1
        and not _BREAKS & set(tokens[k + 1].gap)
        and tokens[k].folded in folded_set(_WORK_CUES, "titled")
    )


def _coded_tail(tokens: list[Token], c: Candidate) -> bool:
    """ "Orion Five-T": a hyphen and one capital letter end a group's or a model's name, never a person's."""
    last = tokens[c.last]
    return c.last > c.first and last.gap == "-" and len(last.text) == 1 and last.text.isupper()


def _coded_head(tokens: list[Token], c: Candidate) -> bool:
    """ "Busan I-Park", "E-Mart": a word hyphenated to one capital letter names a brand, never a person."""
    first = tokens[c.first]
    if not first.hyphenated or c.first == 0:
        return False
    letter = tokens[c.first - 1].text
    return len(letter) == 1 and letter.isupper()


def _verb_led(tokens: list[Token], c: Candidate) -> bool:
    """ "Bupati X Berharap Buruh Sejahtera": a run opening with an affixed verb is a headline's predicate.

    Indonesian verbs take me-, ber-, di- and ter-; a given name of that shape is in the first-name list.
    """
    token = tokens[c.first]
    word = token.folded
    if len(word) < 7 or not word.startswith(_VERB_PREFIXES) or word in first_names():
        return False
    if is_lower_word(word):
        return True
    # stemming a rare word takes milliseconds: only in headlines, where every word is capitalised
    return token.title_case_line and is_derived_word(word)


def _english_named(tokens: list[Token], c: Candidate, joins: list[int]) -> bool:
    """An Indonesian body names bands, shows, works and epithets in English words: a run after a
    capitalised "The" ("The King of X", "The Fulan Band") or joined by "and" ("Fulan and The
    Badus"). An Indonesian body joins two people with "dan", never with "and"."""
    if any(tokens[k].folded == "and" for k in joins):
        return True
    k = c.first
    while k > 0 and tokens[k].joined and tokens[k - 1].capitalised:  # "The Lord Broken Heart"
        if tokens[k - 1].text == "The":
            return True
        k -= 1
    if _joined_by_and(tokens, c.last + 1):
        return True
    return c.first >= 2 and _joined_by_and(tokens, c.first - 1)


def _joined_by_and(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is "and" between two capitalised words on one line ("Fulan and Badu")."""
    if k < 1 or k + 1 >= len(tokens) or tokens[k].text != "and":
        return False
    return (
        tokens[k - 1].capitalised and tokens[k + 1].capitalised and tokens[k].joined and tokens[k + 1].joined
    )


def _field_after_bidang(tokens: list[Token], c: Candidate) -> bool:
    """ "Deputi Bidang Geofisika", "Deputi Bidang Administrasi Aparatur": ordinary words after
    "Bidang" (field) name the field, not a person."""
    return (
        c.first > 0
        and tokens[c.first - 1].folded == "bidang"
        and all(
            tokens[k].folded not in first_names() and is_plain_word(tokens[k].folded)
            for k in range(c.first, c.last + 1)
        )
    )


def _plain_run(tokens: list[Token], c: Candidate) -> bool:
    """ "Konsensus Lima Poin": two or more ordinary Indonesian words, none a given name nor a listed
    figure's name, title a thing.

    Given names that are also ordinary words ("Budi", "Dewi", "Panca") are in the first-name list.
    """
    if c.last == c.first:
        return False
    if full_name(" ".join(tokens[k].text for k in range(c.first, c.last + 1))) is not None:
        return False  # a listed figure's name made of plain words ("Puan Maharani"), whatever the tagger says
    names = first_names()
    return all(
        tokens[k].folded not in names and tokens[k].folded.isalpha() and is_listed_word(tokens[k].folded)
        for k in range(c.first, c.last + 1)
    )


def _phrase_goes_on(tokens: list[Token], c: Candidate) -> bool:
    """ "Bocah Ajaib Dari Lombok", "Tuhan Yang Maha Esa": a capitalised function word continues the run.

    Names take their particles in lower case; a Title Case phrase capitalises "Dari" and "Yang".
    """
    nxt = c.last + 1
    if nxt >= len(tokens) or tokens[c.first].title_case_line:
        return False
    token = tokens[nxt]
    return token.gap == " " and token.text[:1].isupper() and token.folded in folded_set("stopwords_id.txt")


def drop_non_persons(
    tokens: list[Token], candidates: list[Candidate], lang: str, tagging: Tagging | None = None
) -> list[Candidate]:
    """Person candidates trimmed of calendar words and furniture; those left empty are dropped.

    ``tagging`` (Indonesian bodies) keeps an uncued run of ordinary words the tagger is sure names someone.
    """
    out: list[Candidate] = []
    lower = written_lower(tokens)
    capitals = capitalised_at(tokens)
    for c in candidates:
        if c.type is not EntityType.PERSON and c.type is not None:
            out.append(c)
            continue
        if c.type is EntityType.PERSON:
            head = facility_head(tokens, c)
            if head >= 0:  # "Jalan Kapten Fulan": the place, from its head word
                c.first, c.type, c.nickname = head, EntityType.PLACE, -1
                out.append(c)
                continue
            if institution_head(tokens, c) >= 0:
                continue  # "RSUD dr. Fulan": the hospital's name (its head is typed on its own), no person
            body = office_led(tokens, c)
            if body is not None:
                c.type = body
                out.append(c)
                continue
            if title_words_only(tokens, c):
                continue
            trim_title_words(tokens, c, capitals)
            if trim_region(tokens, c, capitals):  # "Bupati Sukareja": the office's region alone
                c.type = EntityType.PLACE
                out.append(c)
                continue
            take_syllable(tokens, c)
        if lang == "en" and english_non_person(tokens, c):
            if c.first <= c.last:
                c.type, c.weak = None, True
                out.append(c)
            continue
        if fixed_non_person(tokens, c, lang):
            c.type, c.weak = None, True
            out.append(c)
            continue
        folded = [tokens[k].folded for k in range(c.first, c.last + 1)]
        skip = navigation_length(folded)
        if skip == len(folded) or _furniture_led(tokens, c):
            continue
        c.first += skip
        if all(is_calendar_word(w) for w in folded[skip:]):
            continue
        while c.last > c.first and is_weekday(tokens[c.last].folded):  # "kata Fulan Senin", not "Theresa May"
            c.last -= 1
        if c.first == c.last and len(tokens[c.first].text) < 2:
            continue
        if lang != "en" and c.type is EntityType.PERSON:
            cut_headline_words(tokens, c)
            trim_leads(tokens, c, capitals)
            if lone_opener(tokens, c):
                continue
        if _degree(tokens, c):
            continue
        if c.nickname >= 0 and not c.first < c.nickname < c.last:
            c.nickname = -1
        if lang != "en" and _ticket(tokens, c):
            continue
        joins = [k for k in range(c.first + 1, c.last) if tokens[k].folded in _AND]
        if lang != "en" and c.type is EntityType.PERSON and _english_named(tokens, c, joins):
            c.type, c.weak = None, True  # "The Fulan Band", "Fulan and Badu Trio": a group's or a work's name
            out.append(c)
            continue
        if c.type is EntityType.PERSON and joins and c.nickname < 0:
            # "Fulan Badu dan Sari Dewi" after a body's name: two people, never one
            bounds = [c.first - 1, *joins, c.last + 1]
            for a, b in pairwise(bounds):
                if b - 1 > a:
                    out.append(Candidate(a + 1, b - 1, EntityType.PERSON, c.cue))
            continue
        brand = _brand_start(tokens, c) if c.type is EntityType.PERSON and c.nickname < 0 else -1
        if brand >= 0:  # "Pembalap Suzuki Ecstar, Fulan": the team, not a person
            c.first, c.type, c.cue = brand, EntityType.ORGANIZATION, "brand"
            out.append(c)
            continue
        if c.type is EntityType.PERSON and c.nickname < 0 and _company_head(tokens, c):
            c.type, c.cue = EntityType.ORGANIZATION, "company"
            out.append(c)
            continue
        company = [k for k in range(c.first, c.last + 1) if tokens[k].folded in _company_words()]
        if c.type is EntityType.PERSON and company:
            # "Paragon Technology", "Amnesty International"; "Innovation Fulan Badu": the name follows
            end = company[-1]
            out.append(Candidate(c.first, end, EntityType.ORGANIZATION, "company"))
            if end + 2 <= c.last:
                out.append(Candidate(end + 1, c.last, EntityType.PERSON, c.cue))
            continue
        if lang != "en":
            _cut_at_verb(tokens, c)
            if c.type is EntityType.PERSON and _office_unit(tokens, c):
                c.type = EntityType.ORGANIZATION
                out.append(c)
                continue
        # English names are often ordinary words ("Mark Young"): there only an uncued run is judged so
        judged = lang != "en" or c.cue not in ("title", "speech", "antecedent")
        lowered = judged and all(tokens[k].folded in lower for k in range(c.first, c.last + 1))
        quoted = c.cue == "shape" and _quoted(tokens, c)
        work = c.cue in ("shape", "tagger") and (_work_title(tokens, c) or _coded_tail(tokens, c))
        work = work or (c.cue in ("shape", "tagger", "list") and _coded_head(tokens, c))
        plain_run = c.cue == "shape" and _plain_run(tokens, c)
        if plain_run and tagging is not None:  # "Puan Maharani": the tagger knows a name of plain words
            plain_run = tagging.person_score(c.first, c.last) < PLAIN_RUN_BELOW
        plain = lang != "en" and (_verb_led(tokens, c) or plain_run or _field_after_bidang(tokens, c))
        if c.type is EntityType.PERSON and (lowered or quoted or work or plain or _phrase_goes_on(tokens, c)):
            c.type, c.weak = None, True
        out.append(c)
    return out
