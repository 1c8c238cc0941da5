"""An office cue names its later holder already put forward (the speakers engineer's held-back
fix, statements/descriptions.py), and two reports that share only a few topic words out of order
stay apart (linking/similarity._whole_ordered), so the remarks that cue now credits do not join one
speaker's speech of another day (made-up text)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.linking.normalise import clause_terms, sentence_terms
from kutip.index.linking.similarity import same_report
from kutip.index.statements import extract_statements


def _direct(body: str) -> list[str | None]:
    found = extract_statements("t", body, "id", recognise(body, "id"))
    return [s.speaker for s in found if s.kind == "direct"]


def test_an_office_cue_is_its_later_holder_already_put_forward() -> None:
    body = (
        '"Kita harus menjaga harga beras tetap stabil bagi semua warga di desa," kata Fulan Hidayat.\n\n'
        "Dalam pidatonya, Fulan juga menyinggung pentingnya cadangan pangan daerah.\n\n"
        '"Langkah ini tepat dan sejalan dengan rencana kami sejak awal tahun lalu," tutur Gubernur.\n\n'
        "Sebelumnya, Gubernur Sukamaju Fulan Hidayat dijadwalkan meninjau gudang beras.\n"
    )
    assert _direct(body) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_an_office_cue_is_not_a_later_holder_nobody_put_forward() -> None:
    # guard
    body = (
        '"Kita harus menjaga harga beras tetap stabil bagi semua warga di desa," kata Fulan Hidayat.\n\n'
        '"Langkah ini tepat dan sejalan dengan rencana kami sejak awal tahun lalu," tutur Gubernur.\n\n'
        "Sebelumnya, Gubernur Sukamaju Badu Santoso dijadwalkan meninjau gudang beras.\n"
    )
    assert _direct(body) == ["Fulan Hidayat", None]


def _same(a: str, b: str, relation: str) -> bool:
    def clauses(text: str) -> list[list[str]]:
        return [c for s in clause_terms(text, "en") for c in s]

    return same_report(sentence_terms(a, "en"), sentence_terms(b, "en"), relation, (clauses(a), clauses(b)))


def test_a_few_topic_words_out_of_order_are_another_remark_when_no_dates_say_one_day() -> None:
    # one speaker's pledge of one day and the next: four words of the topic shared, three in order
    first = "his town is ready to send rescue boats to Sukamaju"
    second = (
        "his town is prepared to give boats and money to river rescue work, including in Sukamaju, "
        "Maju island and Baru bay"
    )
    assert not _same(first, second, "undated")
    assert _same(first, second, "same")  # two dates of one day: a summary in other words (as before)


def test_a_few_words_in_their_order_still_link() -> None:
    # guard: the same four terms said in one order are one summary of one remark
    first = "his town is ready to send rescue boats to Sukamaju"
    second = "his town gave rescue boats and money for river work in Sukamaju, Maju island and Baru bay"
    assert _same(first, second, "undated")
