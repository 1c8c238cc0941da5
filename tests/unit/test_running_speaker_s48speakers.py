"""Session 48, speakers (made-up text and names), from the misses of the read sets k3 and k4:

- ``Fulan said the government had …`` and then an uncued quotation in the same paragraph: the
  quotation goes on with the person the report named, not the speaker of the quotation before it.
- ``An analyst at X, Fulan Hidayat, asked the government …`` opening its sentence: the name
  set off after a description is the subject (the piece before it was read from the body's start).
"""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _direct(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_an_uncued_quotation_after_a_named_report_goes_on_with_its_speaker() -> None:
    body = (
        "Sukamaju (Warta Kita) - The government raised fuel prices on Saturday.\n"
        '"The budget cannot carry the subsidy any longer," Haryo Wicaksono said. Rini Maharani said '
        "the government had set aside more money for social protection. "
        '"We estimate that the extra assistance will keep poverty from rising. We even hope to '
        'cut it."\n'
    )
    assert _direct(body, "en") == ["Haryo Wicaksono", "Rini Maharani"]


def test_an_uncued_quotation_after_a_quotation_keeps_its_speaker() -> None:
    body = (
        "Sukamaju (Warta Kita) - The government raised fuel prices on Saturday.\n"
        '"The budget cannot carry the subsidy any longer," Haryo Wicaksono said. '
        '"We will protect the poor first."\n'
    )
    assert _direct(body, "en") == ["Haryo Wicaksono", "Haryo Wicaksono"]


def test_a_name_set_off_after_a_description_opening_the_sentence_is_the_subject() -> None:
    body = (
        "Sukamaju - The city will review its plan for train fares next year, Minister of "
        "Transportation Dimas Pranoto said on Friday.\n"
        "Fare discounts under review\n"
        "An analyst at Sukamaju University, Haryo Wicaksono, asked the government to reconsider the "
        "fare scheme. According to him, tying the discount to identity cards would shut out renters.\n"
        '"Families who moved here last year would pay full fares for months," he told Warta Kita on '
        "Thursday.\n"
    )
    assert _direct(body, "en") == ["Haryo Wicaksono"]
