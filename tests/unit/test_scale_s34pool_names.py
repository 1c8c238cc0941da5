"""The name book asks the same questions with less work a name (session 34, issue 11).

``NameBook.is_person`` matched a name against every person's forms with two ``contiguous`` scans
a form; it now asks one index of the forms' word runs, read once an article (and again after
``define_alias``). ``runs.not_a_name`` reads words and bundled lists only, so its answers are
kept for the process (``phrase.no_name``, bounded).
The references below are the code as it was (077fd7d), run on made-up text and random names.
"""

from __future__ import annotations

import random

from kutip.index.models import Entity, EntityType, Mention
from kutip.index.statements import phrase
from kutip.index.statements.initials import initialled_persons
from kutip.index.statements.introduced import introduced_persons
from kutip.index.statements.names import NameBook
from kutip.index.statements.runs import contiguous, not_a_name
from kutip.index.statements.seats import body_alone, only_in_offices

_BODY = (
    "JAKARTA, contoh.com - Menteri Sukamaju Fulan Badu Hidayat meninjau pasar pagi ini. "
    'Fulan mengatakan harga cabai naik. "Kami pantau," kata Hidayat.\n\n'
    'Ketua koperasi Rina Wulandari Santoso menambahkan, stok cukup. "Aman," ujar Rina.\n\n'
    "Warga bernama Badu Contoh juga datang. Tersebut dikatakan oleh Kepala Dinas Sukamaju."
)
_NAMES = (
    "Fulan Badu Hidayat",
    "Fulan",
    "Hidayat",
    "Rina Wulandari Santoso",
    "Rina",
    "Badu Contoh",
)


def _entity(body: str, name: str) -> Entity:
    at = body.index(name)
    return Entity(name, EntityType.PERSON, [Mention(at, at + len(name), name)], [])


def _book() -> NameBook:
    return NameBook(_BODY, [_entity(_BODY, name) for name in _NAMES], "id")


def _old_meets(book: NameBook, low: tuple[str, ...]) -> bool:
    """The loop _check_person ran before (077fd7d)."""
    for person in book.persons:
        forms = [tuple(book.person_name(person).casefold().split()), *person.folded]
        if any(contiguous(form, low) or contiguous(low, form) for form in forms):
            return True
    return False


def test_the_index_answers_what_the_contiguous_scans_did() -> None:
    book = _book()
    index = phrase.person_forms(book)
    words = sorted(
        {w.casefold() for p in book.persons for form in p.folded for w in form} | {"x", "sukamaju"}
    )
    rng = random.Random(34)
    lows = [tuple(rng.choice(words) for _ in range(rng.randint(1, 4))) for _ in range(3000)]
    lows += [form for p in book.persons for form in p.folded] + [()]
    assert any(_old_meets(book, low) for low in lows)  # the sample holds both answers
    assert not all(_old_meets(book, low) for low in lows)
    for low in lows:
        assert phrase.meets_form(low, index) == _old_meets(book, low), low


def _old_check_person(book: NameBook, name: str) -> bool:
    """NameBook._check_person as it was (077fd7d)."""
    if name in initialled_persons(book.body) or name in introduced_persons(book.body):
        return True
    words = name.split()
    if not_a_name(words):
        return False
    if book.checked and body_alone(book.body, tuple(m[0] for m in book._person_at), words, book.persons):
        return False
    if tuple(w.casefold() for w in words) in book.seats() and only_in_offices(book.body, name):
        return False
    if not book.checked:
        return True
    return _old_meets(book, tuple(w.casefold() for w in words)) or " ".join(words) in book.aliases().values()


def test_is_person_keeps_its_answers_on_made_up_names() -> None:
    asked = ["Fulan", "Hidayat", "Fulan Badu Hidayat", "Badu", "Rina", "Santoso", "Wulandari Santoso"]
    asked += ["Tersebut", "Kepala Dinas", "Sukamaju", "Contoh", "Badu Contoh", "Budi", "Kami", "Menteri"]
    old, new = _book(), _book()
    answers = [_old_check_person(old, name) for name in asked]
    assert True in answers and False in answers
    assert [new.is_person(name) for name in asked] == answers


def test_a_new_alias_reads_the_forms_again() -> None:
    book = _book()
    assert book.is_person("Fulan Badu Hidayat")
    first = book._forms
    assert first is not None
    book.define_alias("Ulan", "Fulan Badu Hidayat")
    assert book._forms is None  # a canonical name may change: the index is read again when asked
    assert book.is_person("Fulan Badu Hidayat")
    assert book._forms is not None


def test_the_process_memo_answers_as_the_function() -> None:
    for words in (["Tersebut"], ["Fulan", "Hidayat"], ["Senin"], ["Kepala", "Dinas"], ["Jakarta"], ["AS"]):
        assert phrase.no_name(tuple(words)) == not_a_name(words)
        assert phrase.no_name(tuple(words)) == not_a_name(words)  # the remembered answer too
    info = phrase.no_name.cache_info()
    assert info.maxsize is not None and info.hits >= 1  # bounded, and used


def test_the_phrase_reader_finds_initials_as_before() -> None:
    body = 'Seorang murid berinisial H mengaku senang. "Saya suka," ujar H di sekolah.'
    book = NameBook(body, [], "id")
    at = body.index("ujar H") + len("ujar ")
    ref, start, end = phrase.read_phrase(book, at, at + 1)
    assert (ref.kind, ref.name, body[start:end]) == ("person", "H", "H")
