"""Reading one noun phrase: who it names, a person, an organisation, a pronoun, an anaphor or an office.

The grammar finds where a speaker's phrase is; this reads the phrase with what the article's
:class:`~.names.NameBook` knows about its names.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..people.roles import role_words
from .accounts import account_ref
from .coined_office import coined_office
from .descriptions import age_of
from .initials import initialled_persons
from .lexicon import lexicon
from .org_names import place_after
from .place_names import person_behind
from .possessed import before_possessor
from .ranked import ranked
from .runs import RUN_GAP, bare_office, name_runs, not_a_name, opener, split_run
from .speaker_ref import CROWD, NONE, UNNAMED, SpeakerRef
from .text import Token, tokens
from .unnamed import crowd_phrase
from .written import without_office_end

if TYPE_CHECKING:
    from .names import NameBook

_ROLE_GAP = frozenset(" ()\u00a0,'’")
ROLE_GLUE = frozenset({"di", "untuk", "dari", "of", "for", "at", "in"})
# A word-only check the name book asks again in article after article (a sentence's first word,
# the same people's names): answered once a process, within a bound no vocabulary outgrows. (A
# memo of people.public.named_owner was tried and dropped: keyed by form and person, it hit 10 %.)
_WORD_MEMO = 1 << 14


@lru_cache(maxsize=_WORD_MEMO)
def no_name(words: tuple[str, ...]) -> bool:
    """:func:`.runs.not_a_name` of ``words`` (it reads the words and the bundled lists only)."""
    return not_a_name(list(words))


_FormsIndex = tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]


def person_forms(book: NameBook) -> _FormsIndex:
    """The book's persons' names as :func:`meets_form` asks them, folded: each canonical name and
    recognised form, and every run of consecutive words inside one (once an article, not a name)."""
    forms = (f for p in book.persons for f in (tuple(book.person_name(p).casefold().split()), *p.folded))
    whole = frozenset(form for form in forms if form)
    return frozenset(run for form in whole for run in _word_runs(form)), whole


def meets_form(low: tuple[str, ...], index: _FormsIndex) -> bool:
    """Whether ``low`` stands word for word inside one of the indexed forms or one of them
    inside ``low`` (:func:`.runs.contiguous` either way round, against every form)."""
    runs, whole = index
    return low in runs or any(run in whole for run in _word_runs(low))


def _word_runs(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    n = len(words)
    return [words[i:j] for i in range(n) for j in range(i + 1, n + 1)]


def read_phrase(
    book: NameBook, start: int, end: int, prefer_last: bool = False, listed_only: bool = False
) -> tuple[SpeakerRef, int, int]:
    """Reads the phrase ``body[start:end]``; returns the ref and the name's span in the body.

    ``listed_only``: a name the entity list does not hold is no person here (the caller
    would drop it anyway), so the recogniser's costlier check is not asked."""
    lex = lexicon()
    toks = tokens(book.body, start, end)
    while toks and lex.is_a(toks[-1].text, "adverb"):
        toks = toks[:-1]
    if not toks:
        return NONE, start, start
    low = [t.text.casefold() for t in toks]
    if low[-1] in lex.classes["pronoun"] and (len(toks) == 1 or low[0] in lex.classes["pronoun"]):
        return _pronoun(low[-1]), toks[-1].start, toks[-1].end
    if low[0] in lex.classes["pronoun"] and not any(t.capitalised for t in toks[1:]):
        # "kata dia spontan", "ujar dia singkat": the pronoun, then how it was said
        return _pronoun(low[0]), toks[0].start, toks[0].end
    if len(toks) <= 2 and all(t.capitalised for t in toks) and tuple(low) in book.aliases():
        # "AKA said, Fulan's familiar greeting": the body made the letters a person's short name,
        # whatever the recogniser took them for
        return SpeakerRef("person", book.canonical([t.text for t in toks])), toks[0].start, toks[-1].end
    account = account_ref(book.body, start, end, toks)
    if account is not None:
        if account.name:
            book.vouch(account.name)  # "cuit akun X @fulan_01": the account wrote it, whoever holds it
        return account, toks[0].start, toks[-1].end
    if len(toks) == 1 and (clipped := coined_office(toks[0].text, book.intros())) is not None:
        # "kata Menkel" after "Menteri Kelautan Fulan": the office the page printed in full
        return SpeakerRef("office", words=clipped), toks[0].start, toks[0].end
    persons = [p for p in book.person_mentions(start, end) if book.is_person(p[2])]
    determined = low[-1] in lex.classes["pronoun_det"] or low[0] in lex.classes["anaphor_pre"]
    held = _held_head(toks, persons) if low[-1] in lex.classes["pronoun_det"] else None
    if held:
        return SpeakerRef("anaphor", words=held), toks[0].start, toks[-1].end
    # an epithet of an office is its role too: "Bendahara Negara itu" is the finance minister
    spelt = role_words(tuple(low))
    role_head = lex.is_a(low[0], "role") or lex.is_a(low[0], "person_noun") or lex.is_a(spelt[0], "role")
    if determined and (not toks[0].capitalised or low[0] in lex.classes["anaphor_pre"] or role_head):
        skip = lex.classes["pronoun_det"] | lex.classes["anaphor_pre"]
        own = before_possessor(toks, persons) if low[-1] in lex.classes["pronoun_det"] else toks
        words = tuple(w for w in (t.text.casefold() for t in own) if w not in skip)
        named = any(me >= toks[-1].end for _ms, me, _n in persons)  # "the minister Ana Reyes"
        describes = any(
            lex.is_a(w, "role") or lex.is_a(w, "person_noun") or age_of(w)
            for w in (*words, *role_words(words))
        )
        body_named = _named_body(book, toks) if low[0] in lex.classes["anaphor_pre"] else None
        if body_named is not None:  # "the Ministry of Fisheries X announced": the body by its name
            return SpeakerRef("org", body_named), toks[0].start, toks[-1].end
        if describes and not named:
            return SpeakerRef("anaphor", words=words), toks[0].start, toks[-1].end
        head = next(t for t in reversed(toks) if t.text.casefold() == words[-1]) if words else None
        proper = head is not None and head.capitalised and head is not toks[0]  # "the Department of …"
        if 1 <= len(words) <= 2 and lex.is_a(words[-1], "orghead") and not named and not proper:
            # "the department said", "demikian pernyataan departemen tersebut": the body named it earlier
            # named nowhere before: an organisation all the same, just not one we can name
            org = book.org_before(toks[0].start, words[-1])
            return SpeakerRef("org", org), toks[0].start, toks[-1].end
    persons = [p for p in persons if not book.inside_org(p[0], p[1])]
    if persons:
        k = len(persons) - 1 if prefer_last else 0
        while k + 1 < len(persons) and _glued(book.body, persons[k][1], persons[k + 1][0]):
            k += 1  # "Kepala Dishub Surabaya Yusuf Hadi": the last of glued names is the person
        ms, me, name = persons[k]
        if speaks_for(toks, ms):
            return UNNAMED, toks[0].start, toks[-1].end  # "a spokesman for President Fulan": unnamed
        titled = _titled_after(toks, me) if len(tokens(book.body, ms, me)) == 1 else []
        if titled and book.org_mentions(titled[0].start, titled[-1].end):
            # "Imam Besar Masjid Contoh tersebut": the words after the title are a place or a body
            # the article names, so the one-word "name" before it was the office's first word
            words = tuple(w for w in low if w not in lex.classes["pronoun_det"] | lex.classes["anaphor_pre"])
            return SpeakerRef("anaphor" if determined else "office", words=words), toks[0].start, toks[-1].end
        if titled and not book.unlisted_person(titled, ask=not listed_only):
            return UNNAMED, toks[0].start, toks[-1].end
        if titled:
            # "said Springfield Police Commissioner Fulan Hidayat", "said Riverton coach Fulan": a
            # title after a "name" makes that a place or a team; the name is the one after the title
            ns, ne = titled[0].start, titled[-1].end
            name = book.namesake(ns, ne, book.canonical([t.text for t in titled]))
            return SpeakerRef("person", name, _role(book.body, toks, ns)), ns, ne
        written = book.body[ms:me].split()
        if book.owned_nickname(" ".join(written)):
            name = book.canonical(written)  # whose it is, the running text tells (see owned_nickname)
        return SpeakerRef("person", book.namesake(ms, me, name), _role(book.body, toks, ms)), ms, me
    initials = initialled_persons(book.body) if not persons else frozenset()
    initialled = [t for t in toks if t.text in initials]
    if initialled:
        # "kata murid berinisial H", "ujar H": the person the body gives by those initials
        given = initialled[-1] if prefer_last else initialled[0]
        return SpeakerRef("person", given.text), given.start, given.end
    if not persons and bare_office(toks, frozenset(w for seat in book.seats() for w in seat)):
        return SpeakerRef("office", words=tuple(low)), toks[0].start, toks[-1].end
    runs = name_runs(book.body, toks[0].start, toks[-1].end)
    orgs = [(ms, me) for ms, me, _n in book.org_mentions(start, end)]
    people = [
        (r, p)
        for r in runs
        for kind, p in [split_run(r)]
        if kind == "person"
        and not lex.is_a(p[-1].text, "orghead")  # "Football Association": a body's head noun
        and not book.inside_org(p[0].start, p[-1].end, recognised=False)
        # a rank right before the name makes it a person's, whatever body the recogniser saw there
        and (ranked(book.body, p[0].start) or not any(_in_body(toks, ms, me, p[0].start) for ms, me in orgs))
        and not _portfolio(toks, r, p)
        and not joined_field(book.body, r, p)
    ]
    people = [(r, p) for r, p in people if book.unlisted_person(p, ask=not listed_only)]
    if not people and not listed_only and len(toks) == 1 and (behind := person_behind(book, toks[0])):
        # "Washington said" where the body writes "Marcus Washington": the person, not the place
        return SpeakerRef("person", behind), toks[0].start, toks[0].end
    if people:
        _run, name_toks = people[-1] if prefer_last else people[0]
        name_toks = without_office_end(book.body, name_toks)
        ns, ne = name_toks[0].start, name_toks[-1].end
        if speaks_for(toks, ns):
            return UNNAMED, toks[0].start, toks[-1].end
        name = book.namesake(ns, ne, book.canonical([t.text for t in name_toks]))
        book.vouch(name)  # the run was found a person above; its namesake is the same person
        return SpeakerRef("person", name, _role(book.body, toks, ns)), ns, ne
    # an organisation opens the phrase (after "the"); it is named as written, over "and"/"of"
    first = toks[1] if len(toks) > 1 and opener(toks[0].text) else toks[0]
    for ms, me, _name in book.org_mentions(start, end):
        os_, oe = book.joined_name(ms, me, start, end)
        if os_ <= first.start + 1 and _headed_by_role(toks, oe):
            # "said HPC Chief": the body's head, an office the article gave its holder
            return SpeakerRef("office", words=tuple(low)), toks[0].start, toks[-1].end
        if os_ <= first.start + 1:
            oe = place_after(book.body, book.orgs, oe, end)  # "Kemlu Lagoonia": that country's
            return SpeakerRef("org", book.body[os_:oe]), os_, oe
        break
    for whole in runs:
        cut = 0
        while cut < len(whole) - 1 and opener(whole[cut].text):
            cut += 1  # "Adapun Kementerian …", "The Department of …": not part of the name
        run = whole[cut:]
        if run[0].start != first.start:
            continue
        kind, o = split_run(run)
        os_, oe = book.joined_name(run[0].start, run[-1].end, start, end)
        headed = oe > run[-1].end and any(lex.is_a(t.text, "orghead") for t in tokens(book.body, os_, oe))
        if headed or (kind == "org" and o[0].start == first.start):
            return SpeakerRef("org", book.body[os_:oe]), os_, oe
    if crowd_phrase(toks):
        return CROWD, toks[0].start, toks[-1].end  # "the protesters chanted": many, no one person
    return NONE, start, start


_HEADS = ("role", "person_noun", "person_kind", "occupation")


def _held_head(toks: list[Token], persons: list[tuple[int, int, str]]) -> tuple[str, ...] | None:
    """The head of a description closed by a determiner that holds someone else's name: a
    relative of that person (``Putri Ketua Umum Fulanah itu menekankan``: the daughter, not
    Fulanah) or a person described by a relative clause about them (``Penyanyi yang dibesarkan
    grup OM Fulan ini mengatakan``). The phrase points back, as ``penyanyi itu`` would; the head
    words are its description. None when the phrase is no such description."""
    lex = lexicon()
    if not persons or len(toks) < 3:
        return None
    first = 1 if lex.is_a(toks[0].text, "anaphor_pre") else 0
    named_at = persons[0][0]
    head = [t.text.casefold() for t in toks[first:] if t.end <= named_at]
    if not head:
        return None
    if lex.is_a(head[0], "kin"):
        return (head[0],)  # the relative of whoever is named after the kin word
    if len(head) > 1 and lex.is_a(f"{head[0]} {head[1]}", "kin"):
        return (head[0], head[1])  # "orang tua dari Fulan itu": a kin noun of two words
    relative = next((n for n, w in enumerate(head) if lex.is_a(w, "relative")), None)
    if relative and any(lex.is_any(w, _HEADS) for w in head[:relative]):
        return tuple(head[:relative])
    return None


def _named_body(book: NameBook, toks: list[Token]) -> str | None:
    """The organisation an article's ``the`` opens, when every word after it is capitalised and
    one recognised organisation's mention is exactly those words (``the Ministry of Foreign
    Trade X``, whose ``Foreign`` is also a role word); None otherwise."""
    rest = toks[1:]
    if not rest or not all(t.capitalised or t.text in ROLE_GLUE for t in rest) or not rest[-1].capitalised:
        return None
    span = (rest[0].start, rest[-1].end)
    return next((n for ms, me, n in book.org_mentions(*span) if (ms, me) == span), None)


def _headed_by_role(toks: list[Token], org_end: int) -> bool:
    """Whether capitalised role words, and only they, follow a body's name that opens the phrase."""
    after = [t for t in toks if t.start >= org_end]
    lex = lexicon()
    return bool(after) and all(t.capitalised and lex.is_a(t.text, "role") for t in after)


def _pronoun(word: str) -> SpeakerRef:
    """A pronoun's ref; one for many (``kata mereka``, ``they said``) names no one person."""
    return CROWD if lexicon().is_a(word, "plural") else SpeakerRef("pronoun", words=(word,))


def _in_body(toks: list[Token], start: int, end: int, name_start: int) -> bool:
    """Whether the name at ``name_start`` lies in the body named at ``body[start:end]``; not when
    a role word stands between (the recogniser took ``Council Member Fulan Hidayat`` for a body,
    but a title before a name makes it a titled person)."""
    if not start <= name_start < end:
        return False
    lex = lexicon()
    return not any(lex.is_a(t.text, "role") for t in toks if start <= t.start and t.end <= name_start)


def _titled_after(toks: list[Token], end: int) -> list[Token]:
    """The name written after a title that follows ``end`` right away: role words (any case)
    then a capitalised run the words alone show to be a person's name; [] when there is none."""
    lex = lexicon()
    after = [t for t in toks if t.start >= end]
    k = 0
    while k < len(after) and (after[k].capitalised or lex.is_a(after[k].text, "role")):
        k += 1
    run = after[:k]
    if not any(lex.is_a(t.text, "role") for t in run):
        return []
    kind, name = split_run(run)
    if kind != "person" or len(name) < 2 or lex.is_a(name[0].text, "role"):
        return []  # one word after a title is its place: "Fulan Hidayat Camat Sukamaju"
    if not any(lex.is_a(t.text, "role") for t in run if t.end <= name[0].start):
        return []
    return name


def _portfolio(toks: list[Token], run: list[Token], name: list[Token]) -> bool:
    """A run that names what an office is for (``Deputy for Protocol``, ``Kepala Bidang
    Humas``): right after a role word and ``for``/``of``, with no title inside it before the
    words taken as the name; ``Minister of Finance Fulan`` keeps Fulan, after its own title."""
    if name[0] is not run[0]:
        return False
    at = next((n for n, t in enumerate(toks) if t is run[0] or t.start == run[0].start), 0)
    return at >= 2 and toks[at - 1].text.casefold() in ROLE_GLUE and lexicon().is_a(toks[at - 2].text, "role")


def joined_field(body: str, run: list[Token], name: list[Token]) -> bool:
    """One word after a title that ``dan``/``and`` joins to another capitalised word (``Direktur
    Jenderal Industri dan Perdagangan``, ``Director of Sales and Marketing``): the office's
    fields, no name; a name after the title would not be joined to a second one so."""
    if len(name) != 1 or name[0] is run[0] or not lexicon().is_a(run[0].text, "role"):
        return False
    after = tokens(body, name[-1].end, min(len(body), name[-1].end + _FIELD_REACH))
    return (
        len(after) >= 2
        and body[name[-1].end : after[0].start] == " "
        and after[0].text.casefold() in _FIELD_JOINS
        and after[1].capitalised
        and not lexicon().is_a(after[1].text, "role")
    )


_FIELD_JOINS = frozenset({"dan", "and", "&"})
_FIELD_REACH = 40


def speaks_for(toks: list[Token], name_start: int) -> bool:
    """Whether the name at ``name_start`` is whom a spokesman or a lawyer speaks for: a proxy
    role and ``for``/``of``/``dari`` before it, with only titles between (``a spokesman for
    President Fulan``); ``Spokesperson for the Foreign Ministry Fulan`` names the spokesperson.
    A kin word right before the name (``kata istri Fulan``) is a relative speaking, unnamed."""
    lex = lexicon()
    before = [t for t in toks if t.end <= name_start]
    if before and not before[-1].capitalised and lex.is_a(before[-1].text, "kin"):
        # "tambah istri Fulan": his wife speaks, unnamed; "dokter keluarga istri" after a role is no kin
        if len(before) >= 2 and _possessor(before[-2].text):
            return False  # "told his mother Rina", "Fulan's wife Rina said": Rina is the relative
        return len(before) < 2 or not lex.is_a(before[-2].text, "role")
    k = len(before)
    while k and (lex.is_a(before[k - 1].text, "role") or lex.is_a(before[k - 1].text, "anaphor_pre")):
        if lex.is_a(before[k - 1].text, "proxy"):
            break
        k -= 1
    if k < 2 or not lex.is_a(before[k - 1].text, "proxy_glue"):
        return False
    k -= 1
    while k and lex.is_a(before[k - 1].text, "role"):  # "kuasa hukum dari", "juru bicara untuk"
        if lex.is_a(before[k - 1].text, "proxy"):
            return True
        k -= 1
    return False


def _possessor(word: str) -> bool:
    """An English possessive determiner or a possessor's ``'s``: a kin word after it is in
    apposition with the name that follows (``his father Fulan``), as Indonesian's ``-nya`` is."""
    return lexicon().is_a(word, "possessive_det") or word.endswith(("'s", "’s"))


def _glued(body: str, end: int, start: int) -> bool:
    """Whether only capitalised words, places and brackets stand between two mentions."""
    gap = body[end:start]
    if not all(c in RUN_GAP or c.isalnum() or c in "-'’" for c in gap):
        return False
    return all(t.capitalised for t in tokens(body, end, start))


def _role(body: str, toks: list[Token], name_start: int) -> str | None:
    """The role written just before the name: a capitalised or role-word run holding a role word."""
    lex = lexicon()
    before = [t for t in toks if t.end <= name_start]
    first: Token | None = None
    for tok in reversed(before):
        if not (tok.capitalised or lex.is_a(tok.text, "role") or tok.text.casefold() in ROLE_GLUE):
            break
        if first is not None and not all(c in _ROLE_GAP for c in body[tok.end : first.start]):
            break  # a dateline or a sentence before the role: "JAKARTA (Antara) - Menteri ..."
        first = tok
    if first is None:
        return None
    run = [t for t in before if t.start >= first.start]
    while run and run[0].text.casefold() in ROLE_GLUE:
        run = run[1:]
    if not any(lex.is_a(t.text, "role") for t in run):
        return None
    return body[run[0].start : name_start].rstrip(" ,(\u00a0") or None
