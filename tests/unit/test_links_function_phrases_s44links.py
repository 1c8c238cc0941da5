"""A word a hyphen splits in two may be a function word whole: "satu-satunya" is "the only" (as
``hanya`` and ``only`` are function words), not the number one. Counted as the term ``satu`` it
lent an undated short clause of one remark a fourth term found in another remark of the speaker
on the same subject ("in one year" there). Fixtures are written for kutip (fictional speaker,
bloc and country)."""

from __future__ import annotations

from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches

SPEAKER = "Fulan Hidayat"
# a message given at one event, and a plan announced at another months later; both pages undated
MESSAGE = (
    "Sejak awal kami tegaskan kepada dewan kota, rencana sepuluh langkah ialah cara Sapta, "
    "satu-satunya cara Sapta untuk membantu Varnesia"
)
PLAN = (
    "Persoalan ini tak akan beres dalam satu tahun, jadi kami bentuk tim gabungan. Sapta berjanji "
    "tetap membantu warga Varnesia lewat tim tiga ketua: yang lama, yang kini dan yang berikutnya"
)


def test_satu_satunya_is_a_function_word() -> None:
    assert content_terms("satu-satunya cara", "id") == ["cara"]
    assert content_terms("satu tahun", "id") == ["satu", "tahun"]  # the number still counts


def test_an_undated_short_clause_needs_more_than_the_subject() -> None:
    message = doc_of("a:0", "a", MESSAGE, speaker=SPEAKER)
    plan = doc_of("b:0", "b", PLAN, speaker=SPEAKER)
    assert not matches(message, plan)
