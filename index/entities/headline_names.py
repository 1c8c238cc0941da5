"""People named in headlines: a related link's, a popular list's or an article's own title.

Headlines are set in Title Case, where ordinary words look like names, so only a person the rules
and the tagger find is taken, cut to its name words: two or more capitalised words, no acronym among
them, whose ends are no ordinary word ("Kisah Fulan Hidayat" -> "Fulan Hidayat"), or one name right
after a rank or title ("Komjen Fulan") or quoted before a colon ("..., Fulan: Kami Siap"); listed
figures are found by their full names and nicknames. Which lines are headlines is
:mod:`kutip.index.entities.related`'s and :mod:`kutip.index.entities.related_blocks`' job.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kutip.index.entities.check import person_confidence
from kutip.index.entities.dictionary import is_derived_word, is_lower_word
from kutip.index.entities.features import first_names
from kutip.index.entities.figure_runs import is_passive_verb
from kutip.index.entities.figure_words import figure_name_words, figure_word
from kutip.index.entities.figures import full_name
from kutip.index.entities.headlines import is_plain_word
from kutip.index.entities.lexicon import lexicon
from kutip.index.entities.offices import is_office_word
from kutip.index.entities.recent import aside
from kutip.index.entities.recognise import recognise
from kutip.index.language import fold, folded_set
from kutip.index.models import EntityType, Mention

__all__ = ["SPEAKER_AT", "headline_names", "name_words", "sentence_case"]

_REGIONAL_TITLES = "gazetteer/regional_titles.txt"
SPEAKER_AT = 0.3  # tagger confidence a word quoted before a headline's colon needs
_SPEAKER = re.compile(r"(?:^|,\s*)(?P<word>[A-Z][a-z]{2,})\s?:\s")
_PUNCTUATION = "\"'“”‘’.,:;!?()[]"
_BREAKS = (",", ":", ";", ".", "!", "?")
_SYLLABLE = re.compile(r"-[a-z]+\b")


def _ordinary(word: str) -> bool:
    folded = fold(word)
    return is_plain_word(folded) and folded not in first_names()


def _affixed(word: str) -> bool:
    """An Indonesian word with affixes ("Temui", "Kunjungi"): a headline's verb, no given name."""
    return is_derived_word(fold(word.strip(_PUNCTUATION)))


def _name_like(word: str) -> bool:
    """A capitalised word the data knows in no lower-case use ("Aulia", not "Bicara")."""
    folded = fold(word)
    return word[:1].isupper() and folded not in lexicon().common and not is_lower_word(folded)


def _nickname(word: str) -> bool:
    """ "Jokowi": one word listed as a figure's nickname, none of the full name's own words."""
    full = full_name(word)
    return full is not None and fold(word) not in {fold(w) for w in full.split()}


def _regional_title(word: str) -> bool:
    """ "Bupati", "Gubernur", "Kapolres": a head whose one-word complement in a headline is the region."""
    folded = fold(word)
    return folded in folded_set(_REGIONAL_TITLES) or is_office_word(folded)


def _coded(word: str) -> bool:
    """ "SpaceX", "PSSI", "CEO": capitals after the first letter mark a brand or an acronym."""
    return any(c.isupper() for c in word[1:])


def name_words(name: str, titled: bool = False) -> str:
    """The name without ordinary headline words around it, or "" when no name of two words is left.

    A single word is taken only after a rank or title or as a quote's speaker (``titled``): headlines call
    well-known people by one name, and one word alone is too often a place or a thing.
    """
    written = name.split()  # "Shin Tae-yong" keeps its hyphen
    if len(written) >= 2 and full_name(name) is not None:
        return name  # "Mahfud MD": a listed figure, whatever its words look like
    for end in range(len(written) - 1, 0, -1):  # "Fulanto Kunker di ...": a listed figure, then other words
        if full_name(" ".join(written[:end])) is not None:  # one well-known word alone is left to the body
            return " ".join(written[:end]) if end >= 2 else ""
    verbs = [k for k, w in enumerate(written) if k >= 2 and is_passive_verb(fold(w))]
    written = written[: verbs[0]] if verbs else written  # "Fulan Hidayat Dituding Bohong"
    while len(written) > 1 and _ordinary(written[-1]):  # "Fulan Hidayat Puji Pemain Muda"
        written = written[:-1]
    while len(written) > 2 and (_ordinary(written[0]) or _coded(written[0])):  # "Kisah ...", "CEO SpaceX ..."
        written = written[1:]
    if len(written) == 1 and titled and not _coded(written[0]):
        return written[0]  # "Komjen Fulan Jawab Isu": a rank or title vouches for one name
    if len(written) < 2 or _ordinary(written[0]):  # "Depo Plumpang", "Laga Usai"
        return ""
    if not all(w[:1].isupper() and not _coded(w) for w in written):  # "Stok BBM", "Fulan bin Badu"
        return ""
    return " ".join(written)


def _person_mentions(text: str) -> list[Mention]:
    """The first mention of each person the rules and the tagger find in ``text``, read as written and
    then in sentence case (:func:`sentence_case`), the names the second reading adds after the first's.

    In the second reading words the dictionaries miss ("Respon", a spelling of "respons"; English words)
    may open the run before a given name: the name starts at the given name ("Respon Budi Santoso" ->
    "Budi Santoso").
    """
    found: list[Mention] = []
    cased = sentence_case(text)
    readings = (text, cased) if len(cased) == len(text) else (text,)  # offsets must hold in both
    for reading in readings:
        for entity in recognise(reading, "id"):
            if entity.type is not EntityType.PERSON or not entity.mentions:
                continue
            mention = entity.mentions[0]
            if reading is not text:
                mention = _from_given_name(text, mention)
            if not any(m.start < mention.end and mention.start < m.end for m in found):
                found.append(mention)
    return found


_GIVEN_AFTER_MIN = 3  # words of a run whose first word may be cut before a given name


def _from_given_name(text: str, mention: Mention) -> Mention:
    """``mention`` from its first given name on, when words that are none open it and two words are left."""
    written = text[mention.start : mention.end].split(" ")
    if len(written) < _GIVEN_AFTER_MIN or full_name(" ".join(written)) is not None:
        return mention
    given = next((k for k, word in enumerate(written) if fold(word) in first_names()), 0)
    if given == 0 or len(written) - given < _GIVEN_AFTER_MIN - 1:
        return mention
    start = mention.start + len(" ".join(written[:given])) + 1
    return Mention(start, mention.end, text[start : mention.end])


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?![\w'’-])")


def sentence_case(text: str) -> str:
    """``text`` with the everyday words Title Case capitalises written in lower case, as a sentence writes
    them ("Fulan Hidayat Dibawa ke Rumah Sakit" -> "Fulan Hidayat dibawa ke rumah sakit"): the tagger learnt
    a name from the ordinary words around it, which a headline's capitals hide. A word stays as written
    when it may be a name: a given name of the training data, a word of a listed figure's name, or a place or
    body the gazetteer knows. Same length as ``text``, so offsets hold."""
    lex = lexicon()
    out = list(text)
    for match in _CAPITALISED.finditer(text):
        word = match.group(0)
        folded = fold(word)
        if folded in first_names() or folded in figure_name_words():
            continue
        if lex.entry([word], [folded]) is not None:
            continue
        if is_lower_word(folded) or is_plain_word(folded):
            out[match.start()] = word[0].lower()
    return "".join(out)


def headline_names(headlines: Sequence[str]) -> list[str]:
    """Persons named in ``headlines``, read as one text and cut to their name words.

    Read :func:`~kutip.index.entities.recent.aside`: a page's headlines must not push its body's
    tagging and cut front words out before the statements layer asks for them.
    """
    with aside():
        return _headline_names(headlines)


def _headline_names(headlines: Sequence[str]) -> list[str]:
    if not headlines:
        return []
    text = "\n".join(headlines)
    found: list[str] = []
    for mention in _person_mentions(text):
        # "Shin Tae-yong": a hyphenated lower-case syllable ends the name the tokens cut
        tail = _SYLLABLE.match(text, mention.end)
        before = text[: mention.start].rsplit("\n", 1)[-1].split()  # this headline's words before the name
        titled = bool(before) and fold(before[-1]) in lexicon().title_starts
        # "Bupati Kuansing Temui ...": after a regional head one word is the region, unless a given name
        if titled and _regional_title(before[-1]):
            titled = fold(text[mention.start : mention.end].split()[0]) in first_names()
        # "..., Fulan: Kami Siap": a headline quoting someone names the speaker before the colon
        speaker = text[mention.end :].lstrip(" ").startswith(":") and (not before or before[-1].endswith(","))
        name = name_words(text[mention.start : tail.end() if tail else mention.end], titled or speaker)
        name = full_name(name) or name if name else ""  # "Presiden Jokowi: ..." names Joko Widodo
        if name and name not in found:
            found.append(name)
    # "Ridwan Kamil: ...", "Disentil Sri Mulyani soal ...": a listed figure written in full is that figure,
    # though Title Case hides the name from the tagger
    for line in headlines:
        for full in _listed_runs(_headline_words(line)):
            if full not in found:
                found.append(full)
    # "Jokowi Bicara ...": a listed nickname names its figure, though a headline's first word is too weak
    # for the rules to type
    for line in headlines:
        for word in _speakers(line):
            name = full_name(word) or word
            if not any(fold(word) in {fold(w) for w in known.split()} for known in found):
                found.append(name)
        for full in _nicknamed(_headline_words(line)):
            if full not in found:
                found.append(full)
    return [name for name in found if not _run_on(name, found, headlines)]


def _run_on(name: str, found: Sequence[str], headlines: Sequence[str]) -> bool:
    """Whether ``name`` is a listed figure's last words run on into the headline's next words: "Budi
    Hartono Overload" where the headline writes "Heru Budi Hartono Overload" and the list knows "Heru Budi
    Hartono", which is found; the listed name is the person, the run a cut of it."""
    parts = name.split()
    texts = [" ".join(w.strip(_PUNCTUATION) for w in line.split()) for line in headlines]
    for listed in found:
        whole = listed.split()
        if listed == name or full_name(listed) != listed:
            continue
        for k in range(1, min(len(whole), len(parts) - 1) + 1):
            if whole[-k:] == parts[:k] and any(" ".join([*whole, *parts[k:]]) in text for text in texts):
                return True
    return False


_LISTED_MAX = 4  # words of the longest listed name a headline is searched for
_PAIR_HYPHEN = re.compile(r"(?<=[a-z])-(?=[A-Z])")  # "Ganjar-Mahfud", "Jokowi-JK"; not "Tae-yong"


def _headline_words(headline: str) -> list[str]:
    """The headline's words, a ticket holding a listed figure ("Prabowo-Gibran") read as two names with a
    break between them; a pair with an everyday word stays one word ("Fulanah-Kuat X": "Kuat X" is
    someone else)."""
    out: list[str] = []
    for word in headline.split():
        parts = _PAIR_HYPHEN.split(word)
        names = [part.strip(_PUNCTUATION) for part in parts]
        if len(parts) > 1 and any(map(figure_word, names)) and not any(map(_ordinary, names)):
            out.extend([*(f"{part}," for part in parts[:-1]), parts[-1]])
        else:
            out.append(word)
    return out


def _listed_runs(written: list[str]) -> list[str]:
    """Full names of listed figures a headline writes as two words or more ("Sri Mulyani"), longest first."""
    found: list[str] = []
    k = 0
    while k < len(written):
        for n in range(min(_LISTED_MAX, len(written) - k), 1, -1):
            run = [w.strip(_PUNCTUATION) for w in written[k : k + n]]
            if not all(run) or any(w.endswith(_BREAKS) for w in written[k : k + n - 1]):
                continue  # "..., Fulan: Badu ...": a run does not cross a break
            full = full_name(" ".join(run)) if all(w[:1].isupper() for w in run) else None
            if full is not None:
                found.append(full)
                k += n - 1
                break
        k += 1
    return found


def _speakers(headline: str) -> list[str]:
    """ "..., Fulan: Kami Siap", "Fulan : ...": one name the headline quotes.

    The quote's colon is the cue, so the tagger need only lean to a person (:data:`SPEAKER_AT`, below
    the rules' bar for a name with no cue); "Video:", "Netizen:", "Menkes:" and places are no speakers.
    """
    found = []
    for match in _SPEAKER.finditer(headline):
        word = match["word"]
        folded = fold(word)
        if not _name_like(word) or is_plain_word(folded) or lexicon().entry([word], [folded]) is not None:
            continue
        if person_confidence(headline, match.start("word"), match.end("word")) >= SPEAKER_AT:
            found.append(word)
    return found


def _name_next(word: str) -> bool:
    """A word beside a figure's word that may make one longer name with it: name-like, and no everyday
    word that is no given name ("Prabowo Bolehkan ...": a verb, not a surname)."""
    return _name_like(word) and not _ordinary(word)


def _nicknamed(written: list[str]) -> list[str]:
    """Listed figures a headline calls by a nickname or a distinctive first word written as a word of its
    own: not the end of a longer name ("Aulia Risma" is no "Risma"), so the word before it is an ordinary
    or lower-case one; a first word ("Anies") is not the start of one either, so the word after it too."""
    found = []
    for k, raw in enumerate(written):
        word = raw.strip(_PUNCTUATION)
        nickname = bool(word) and _nickname(word)
        if not word or not (nickname or figure_word(word)):
            continue
        before = written[k - 1] if k > 0 and not written[k - 1].endswith(_BREAKS) else ""
        # a figure's first word ("Anies") may open another person's name: the next word must be no name
        after = "" if nickname or raw.endswith(_BREAKS) or k + 1 == len(written) else written[k + 1]
        # before it, any name-like word may open another name ("Aulia Risma") but an affixed word, a
        # headline's verb, opens none before a nickname ("... Temui Jokowi"); after it, an everyday word
        # is a headline's verb or noun ("Prabowo Bolehkan ...")
        opened = _name_like(before.strip(_PUNCTUATION)) and not (nickname and _affixed(before))
        if not opened and not _name_next(after.strip(_PUNCTUATION)):
            found.append(full_name(word) or figure_word(word) or word)
    return found
