"""A pronoun cue after a sentence about someone else: when the quotation itself names that
person, it is about them, and whoever spoke last goes on speaking (made-up articles)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str) -> list[str | None]:
    found = extract_statements("t", body, "id", recognise(body, "id"))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_quotation_naming_the_person_just_put_forward_is_the_last_speakers() -> None:
    body = (
        "Pelatih Persekutu Fulan Hidayat memuji pemainnya usai laga di Sukamaju, Minggu.\n\n"
        "\"Kami bermain sabar dan disiplin sampai akhir,\" ujar Fulan.\n\n"
        "Beruntung, tim pelatih memasukkan Badu Santoso pada babak kedua.\n\n"
        "\"Tadi juga masuk Badu Santoso, itu membantu kami di lini depan,\" katanya.\n"
    )
    assert _speakers(body) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_a_quotation_naming_someone_else_keeps_the_person_put_forward() -> None:
    body = (
        "Pelatih Persekutu Fulan Hidayat memuji pemainnya usai laga di Sukamaju, Minggu.\n\n"
        "\"Kami bermain sabar dan disiplin sampai akhir,\" ujar Fulan.\n\n"
        "Sementara itu, penyerang Badu Santoso mengaku senang bisa mencetak gol.\n\n"
        "\"Terima kasih kepada pelatih Fulan yang percaya kepada saya,\" katanya.\n"
    )
    assert _speakers(body) == ["Fulan Hidayat", "Badu Santoso"]


def test_a_quotation_naming_nobody_keeps_the_person_put_forward() -> None:
    body = (
        "Pelatih Persekutu Fulan Hidayat memuji pemainnya usai laga di Sukamaju, Minggu.\n\n"
        "\"Kami bermain sabar dan disiplin sampai akhir,\" ujar Fulan.\n\n"
        "Sementara itu, penyerang Badu Santoso mengaku senang bisa mencetak gol.\n\n"
        "\"Saya senang bisa membantu tim menang hari ini,\" katanya.\n"
    )
    assert _speakers(body) == ["Fulan Hidayat", "Badu Santoso"]
