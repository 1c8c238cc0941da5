"""A site's name with its dot ("dikutip dari Warta.com, Rabu (25/9/2024)") does not end the citing
clause: the date after it is the day of the citing, as after "dikutip dari laman resmi" (sessions
29 and 35). The dot of "Warta.com" was read as a clause break, and the citing day was taken as the
remark's and spread to the speaker's other quotes (session 36). Fixtures written for kutip
(fictional remarks and sites)."""

from __future__ import annotations

from kutip.index.linking.occasions import stated_day


def _said(attribution: str, reference: str = "2024-09-25") -> int:
    text = f'"Kami siaga," {attribution}'
    return stated_day(text, 1, text.index(',"'), reference=reference)


def test_a_date_after_a_cited_site_name_is_no_stated_day() -> None:
    assert _said("kata Fulan, dikutip dari Warta.com, Rabu (25/09/2024).") == 0
    assert _said("kata Fulan, dilansir Kabar.co.id, Rabu (25/9).") == 0
    assert _said("kata Fulan, seperti dikutip dari laman warta.go.id pada 25 September.") == 0


def test_the_remarks_own_day_after_a_sentence_end_stays() -> None:
    assert _said("kata Fulan kepada wartawan di Jakarta, Rabu (25/9/2024), dikutip dari Warta.com.") > 0
