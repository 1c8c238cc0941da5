"""The nickname list of public figures (``data/people/nicknames.tsv``) checked as data.

A wrong form gives a quote to the wrong person, so every row keeps to the list's rules: one
owner per form, no form that is another figure's full name, no one-word form that is an
everyday given name or word, no title or degree in the full name, and a full name of two or
more words unless the person goes by one. The checks read the list as the people layer does
(honorifics such as "Pak" or "Kang" dropped before a form), so "Kak Fulan" counts as "Fulan".
"""

from __future__ import annotations

from collections import defaultdict

from kutip.index.language import fold, lines, nickname_rows, words
from kutip.index.people.lexicon import folded_words, people_lexicon

# Persons known by one name: the full name is that one word.
MONONYMOUS = frozenset(
    {
        "Soeharto",
        "Sukarno",
        "Boediono",
        "Wiranto",
        "Kartini",
        "Sudirman",
        "Moeldoko",
        "Pratikno",
        "Hendropriyono",
        "Sutiyoso",
        "Suswono",
        "Rudiantara",
        "Wishnutama",
        "Yassierli",
        "Wihaji",
        "Marsetio",
        "Suhartoyo",
        "Abhan",
        "Soekarwo",
        "Syamsuar",
        "Sutarmidji",
        "Zulkieflimansyah",
        "Armuji",
        "Sutiaji",
        "Habiburokhman",
        "Mukhtarudin",
        "Krisdayanti",
        "Komeng",
        "Hamka",
        "Munarman",
        "Suciwati",
        "Marsinah",
        "Aviliani",
        "Ciputra",
        "Ashanty",
        "Syahrini",
        "Judika",
        "Marshanda",
        "Neymar",
        "Pelé",
        "Ronaldinho",
        "Rossa",
        "Sarwendah",
        "Naruhito",
        "Akihito",
        "Isdianto",
        "Harnojoyo",
        "Rodri",
        "Rodrygo",
        "Endrick",
        "Pedri",
        "Gavi",
        "Raphinha",
        "Kaká",
        "Rivaldo",
        "Chrisye",
        "Tompi",
        "Beyoncé",
        "Rihanna",
        "Adele",
        "Asfinawati",
    }
)

# Full names holding a word the title list knows because it is the person's own name ("Raja",
# "Sultan", "Ratu", "Hakim", the surname "Kaban"), and popes, whom the list names by the title.
TITLED_NAMES = frozenset(
    {
        "Raja Juli Antoni",
        "Lukman Hakim Saifuddin",
        "Sultan Bachtiar Najamudin",
        "Ratu Atut Chosiyah",
        "Malem Sambat Kaban",
        "Pope Francis",
        "Pope Benedict XVI",
        "Pope John Paul II",
        "Pope Leo XIV",
        "Ratu Tisha Destria",
        "Liem Swie King",
        "An Se-young",
        "Shi Yuqi",
        "Hun Sen",
        "Jack Ma",
        "Irfan Hakim",
        "Prince William",
        "Prince Harry",
        "Queen Camilla",
        "Princess Diana",
        "Sultan Ibrahim Iskandar",
        "Ratu Dewa",
        "Lakshya Sen",
        "Addie MS",
        "Christine Hakim",
        "Lady Gaga",
        "Ma Dong-seok",
        "Ma Huateng",
    }
)

# One-word forms (or a form of address and one word, "Mas Ganjar") in the tagger's given-name list
# only because its training text names these very figures by them.
LEARNT_FROM_THE_FIGURE = frozenset(
    {"jokowi", "sby", "habibie", "soekarno", "dahlan", "prabowo", "ganjar", "wiranto", "teten"}
)


def _folded_set(path: str) -> frozenset[str]:
    return frozenset(fold(entry.replace(".", "").strip()) for entry in lines(path))


def _key(form: str) -> str:
    """A form as the people layer keys it: folded, the honorifics before it dropped."""
    found = folded_words(form)
    honorifics = people_lexicon().honorifics
    while len(found) > 1 and found[0] in honorifics:
        found = found[1:]
    return " ".join(found)


def _owners() -> dict[str, set[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for full, forms in nickname_rows():
        for form in (full, *forms):
            owners[_key(form)].add(full)
    return owners


def test_no_form_belongs_to_two_figures() -> None:
    shared = {form: sorted(owners) for form, owners in _owners().items() if len(owners) > 1}
    assert shared == {}


def test_no_full_name_is_listed_twice() -> None:
    fulls = [_key(full) for full, _ in nickname_rows()]
    assert sorted({f for f in fulls if fulls.count(f) > 1}) == []


def test_no_form_is_another_figures_full_name() -> None:
    full_keys = {_key(full): full for full, _ in nickname_rows()}
    clashes = [
        f"{full}: {form}"
        for full, forms in nickname_rows()
        for form in forms
        if full_keys.get(_key(form), full) != full
    ]
    assert clashes == []


def test_no_one_word_form_is_a_given_name_or_an_everyday_word() -> None:
    given = _folded_set("models/first_names.txt")
    common = _folded_set("gazetteer/common.txt")
    found = [
        f"{full}: {form}"
        for full, forms in nickname_rows()
        for form in forms
        if len(_key(form).split()) == 1
        and _key(form) not in LEARNT_FROM_THE_FIGURE
        and (_key(form) in given or _key(form) in common)
    ]
    assert found == []


def test_no_full_name_carries_a_title_or_a_degree() -> None:
    titles = _folded_set("gazetteer/titles.txt") | _folded_set("gazetteer/degrees.txt")
    titled = []
    for full, _ in nickname_rows():
        folded = [fold(w) for w in words(full)]
        runs = {" ".join(folded[i:j]) for i in range(len(folded)) for j in range(i + 1, len(folded) + 1)}
        if runs & titles and full not in TITLED_NAMES:
            titled.append(full)
    assert titled == []


def test_a_full_name_has_two_words_unless_the_person_goes_by_one() -> None:
    short = [full for full, _ in nickname_rows() if len(words(full)) < 2 and full not in MONONYMOUS]
    assert short == []


def test_every_mononymous_and_titled_exception_is_a_listed_full_name() -> None:
    fulls = {full for full, _ in nickname_rows()}
    assert (MONONYMOUS | TITLED_NAMES) - fulls == set()


def test_the_checks_catch_a_made_up_clash() -> None:
    rows = [("Fulan Hidayat", ("Pak Fufu",)), ("Fulanah Wibowo", ("Fufu",))]
    owners: dict[str, set[str]] = defaultdict(set)
    for full, forms in rows:
        for form in (full, *forms):
            owners[_key(form)].add(full)
    assert owners["fufu"] == {"Fulan Hidayat", "Fulanah Wibowo"}
