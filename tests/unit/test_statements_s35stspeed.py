"""Session 35, statements speed: every faster form gives exactly the answers of the slow one."""

from __future__ import annotations

import random
import re
from importlib import resources

from kutip.index.statements import aliases, introduced
from kutip.index.statements.alternation import alternation
from kutip.index.statements.lexicon import lexicon
from kutip.index.statements.text import WORD, Token, _indexed, tokens

_BODY = (
    "Fulan Hidayat, akrab disapa Ulan, mengatakan warga sudah menunggu. Salah satu pedagang, "
    "Larsi, mengeluhkan harga. Rina seorang pembeli juga datang (Badu) ke pasar. "
    "Yang dikenal dengan panggilan Cak Eri hadir; sapaan akrabnya Ulan. DIKENAL DENGAN nama Budi.\n"
    'Seorang warga di Desa Contoh, Sumarni (45), berkata, "Kami lelah." Ia pun pulang.'
)


def _samples(n: int = 300) -> list[str]:
    """Made-up texts built from the patterns' own words, in any case, with names and marks."""
    rng = random.Random(35)
    lex = lexicon()
    words = [
        w for cls in ("indefinite", "singular_indefinite", "person_kind") for w in lex.classes.get(cls, ())
    ]
    data = (
        resources.files("kutip.index").joinpath("data").joinpath("statements_aliases.tsv").read_text("utf-8")
    )
    words += [
        line.split("\t")[1].strip() for line in data.splitlines() if line.strip() and not line.startswith("#")
    ]
    words += ["Fulan", "Rina Santoso", "Badu", "Ulan", "(52)", ",", ".", "-", "x", "Sumaryati", "K", "ſapaan"]
    out = [_BODY]
    for _ in range(n):
        picked = [rng.choice(words) for _ in range(rng.randint(3, 40))]
        picked = [w.upper() if rng.random() < 0.1 else w.title() if rng.random() < 0.2 else w for w in picked]
        out.append(rng.choice([" ", "  ", "\n"]).join(picked))
    return out


def test_alternation_matches_as_the_plain_join() -> None:
    rng = random.Random(7)
    letters = "abAB-é"
    for _ in range(400):
        words = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(1, 4))) for _ in range(8)})
        escaped = sorted(map(re.escape, words), key=len, reverse=True)
        for flags, ignore in ((0, False), (re.IGNORECASE, True)):
            slow = re.compile(rf"(?<![\w-])(?:{'|'.join(escaped)})(?![\w-])", flags)
            fast = re.compile(rf"(?<![\w-])(?:{alternation(escaped, ignore_case=ignore)})(?![\w-])", flags)
            for _ in range(20):
                text = " ".join(rng.choice([*words, "x", "Ab", "-"]) for _ in range(6))
                assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


def test_alternation_keeps_a_plain_join_when_a_branch_opens_otherwise() -> None:
    assert alternation(["\\(a", "b"], ignore_case=False) == "\\(a|b"
    assert alternation(["éa", "b"], ignore_case=True) == "éa|b"
    assert alternation(["ab", "Ac", "b"], ignore_case=True) == "a(?:b|c)|b(?:)"


def test_alias_cues_find_what_the_plain_pattern_found() -> None:
    pattern = aliases._cues()[0]
    data = (
        resources.files("kutip.index").joinpath("data").joinpath("statements_aliases.tsv").read_text("utf-8")
    )
    rows = [line.split("\t") for line in data.splitlines() if line.strip() and not line.startswith("#")]
    forms = sorted({cue.strip() for order, cue in rows if order != "owner_first"}, key=len, reverse=True)
    words = "|".join(r"\s+".join(re.escape(w) for w in form.split()) for form in forms)
    slow = re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)
    for text in _samples():
        assert [(m.span(), m.group()) for m in pattern.finditer(text)] == [
            (m.span(), m.group()) for m in slow.finditer(text)
        ]


def _plain(cls: str) -> str:
    return "|".join(sorted(map(re.escape, lexicon().classes.get(cls, frozenset())), key=len, reverse=True))


def test_introduced_patterns_find_what_the_plain_ones_found() -> None:
    openers, kinds, single = _plain("indefinite"), _plain("person_kind"), _plain("singular_indefinite")
    name = introduced._NAME
    slow_after = re.compile(
        rf"(?<!\w)(?i:{openers})(?:\s+(?:{openers}))?\s+(?:{kinds})\b[^,.;:!?\n]{{0,80}},\s+{name}(?:\s+\(\d{{1,3}}\))?,"
    )
    slow_first = re.compile(
        rf"(?<![\w-]){name}(?:\s+\(\d{{1,3}}\))?,?\s+(?i:{single})(?:\s+(?i:{single}))?\s+(?i:{kinds})\b"
    )
    for text in _samples():
        for fast, slow in ((introduced._pattern(), slow_after), (introduced._name_first(), slow_first)):
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
                (m.span(), m.groups()) for m in slow.finditer(text)
            ]


def test_tokens_are_the_tokens_built_one_by_one() -> None:
    for text in _samples(60):
        body = (text + " ") * 12  # long enough for the body's index
        slow = [Token(m.start(), m.end(), m.group()) for m in WORD.finditer(body)]
        toks, starts, ends = _indexed(body)
        assert toks == slow and all(type(t) is Token for t in toks)
        assert starts == [t.start for t in slow] and ends == [t.end for t in slow]
        assert toks[0].capitalised == body[toks[0].start : toks[0].start + 1].isupper()
        for start, end in ((0, len(body)), (3, 50), (1, 2), (len(body) // 2 + 1, len(body) - 3)):
            cut = [
                Token(m.start() + start, m.end() + start, m.group()) for m in WORD.finditer(body[start:end])
            ]
            assert tokens(body, start, end) == cut
            assert tokens(text, start, end) == [
                Token(m.start() + start, m.end() + start, m.group()) for m in WORD.finditer(text[start:end])
            ]


def _initialled_slow(body: str) -> frozenset[str]:
    """initials.initialled_persons as it was, every word asked both questions."""
    from kutip.index.statements import initials

    lex = lexicon()
    toks = tokens(body, 0, len(body))
    found: set[str] = set()
    for k, tok in enumerate(toks[:-1]):
        nxt = toks[k + 1]
        gap = body[tok.end : nxt.start]
        if lex.is_a(tok.text, "initials_cue") and initials._INITIALS.fullmatch(nxt.text) and not gap.strip():
            found.add(nxt.text)
        elif (
            initials._INITIALS.fullmatch(tok.text)
            and gap.strip() in ("", ",")
            and (k == 0 or body[: tok.start].rstrip()[-1:] in initials._SENTENCE_END)
            and initials._kind_follows(toks, k + 1)
            and not initials.known_place_or_body(tok.text)
        ):
            found.add(tok.text)
    return frozenset(found)


def test_initialled_persons_as_before() -> None:
    from kutip.index.statements.initials import initialled_persons

    rng = random.Random(11)
    cues = sorted(lexicon().classes.get("initials_cue", frozenset())) or ["berinisial"]
    kinds = sorted(lexicon().classes.get("person_kind", frozenset()))[:20] or ["warga"]
    pieces = [
        *cues,
        *kinds,
        "H",
        "ID",
        "AS",
        "ABCD",
        "Dd",
        "d",
        "salah",
        "satu",
        ",",
        ".",
        "Fulan",
        "ujar",
        "É",
    ]
    seen = 0
    for _ in range(400):
        picked = [rng.choice(pieces) for _ in range(rng.randint(2, 30))]
        picked = [
            w.title() if rng.random() < 0.15 else w.upper() if rng.random() < 0.1 else w for w in picked
        ]
        body = " ".join(picked)
        fast = initialled_persons(body)
        assert fast == _initialled_slow(body)
        seen += bool(fast)
    assert seen > 20  # the texts hold initials often enough to test both branches


def test_has_listed_owner_says_whether_anyone_owns_the_form() -> None:
    from kutip.index.people.lexicon import people_lexicon
    from kutip.index.people.public import has_listed_owner, named_owner, owner_among

    nicknames = people_lexicon().nicknames
    for form, owner in list(nicknames.items())[:200]:
        written = form.title()
        assert has_listed_owner(written) == (len(form.split()) == 1)
        if has_listed_owner(written):
            assert named_owner(written, owner)
        people = ["Fulan Hidayat", owner, "Rina Santoso"]
        assert owner_among(written, iter(people)) == next(
            (p for p in people if named_owner(written, p)), None
        )
    for written in ("Fulan", "Fulan Hidayat", "", "Xqzv"):
        assert not has_listed_owner(written) or written.casefold() in nicknames
