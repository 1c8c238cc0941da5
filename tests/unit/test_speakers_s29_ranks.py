"""Session 29, a rank before a name the recogniser does not know (made-up text): a police or
military rank stands before a person only (statements/ranked.py), and a dotted rank
(``Irjen.``) ends neither the sentence nor the name's run (speech_lexicon.tsv)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.ranked import is_rank

_LEAD = "Banjir melanda Kabupaten Sukamaju sejak pekan lalu. Ratusan warga mengungsi ke balai desa.\n\n"
_QUOTE = '"Kami sudah menyiapkan tenda dan dapur umum bagi para pengungsi," '


def _speaker(cue: str) -> str | None:
    body = _LEAD + _QUOTE + cue + "\n"
    found = [s for s in extract_statements("t", body, "id", recognise(body, "id")) if s.kind == "direct"]
    assert len(found) == 1
    return found[0].speaker


def test_an_unfamiliar_name_after_a_rank_is_a_person() -> None:
    assert _speaker("ujar AKBP Fulan Tanjung.") == "Fulan Tanjung"
    assert _speaker("kata Kasatreskrim AKP Wagiyo Tanjung.") == "Wagiyo Tanjung"


def test_a_middle_initial_after_a_rank() -> None:
    assert _speaker("ujar Kapolres Sukamaju AKBP Fulan M Tanjung.") == "Fulan M Tanjung"


def test_a_dotted_rank_ends_no_sentence() -> None:
    cue = "jelas Kapolda Sukamaju Irjen. Pol. Drs. Fulan Hidayat, S.H, dikutip dari laman Polri, Rabu (29/3/23)."
    assert _speaker(cue) == "Fulan Hidayat"


def test_an_office_and_its_place_stay_no_person() -> None:
    assert _speaker("kata Kapolres Sukamaju.") is None


def test_a_rank_that_is_an_everyday_noun_is_no_evidence() -> None:
    assert is_rank("AKBP") and is_rank("Irjen")
    assert not is_rank("polisi") and not is_rank("TNI")
