"""Three classes met on fresh real pages (fixtures written for kutip: fictional speakers and remarks):
a remark broadcast on YouTube is spoken, not posted; a stated day with last year's number in an
article of that day and month is the article's day; an English word an Indonesian speaker says as is
meets the English report's stem."""

from __future__ import annotations

from datetime import date

from kutip.index.linking.bilingual import reach_map
from kutip.index.linking.channels import channel_of
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import year_slip


def test_a_youtube_broadcast_is_no_post() -> None:
    body = (
        'Bupati harus sering ke pasar," kata Fulan Hidayat seperti disiarkan di YouTube Sekretariat Daerah.'
    )
    assert channel_of(body, 0, body.index('"')) == ""
    posted = 'Terima kasih warga," tulis Fulan Hidayat melalui akun Instagram miliknya.'
    assert channel_of(posted, 0, posted.index('"')) == "social"


def test_last_years_number_on_the_articles_own_day_is_a_slip() -> None:
    published = date(2023, 1, 17).toordinal()
    assert year_slip(date(2022, 1, 17).toordinal(), published) == published
    assert year_slip(date(2023, 1, 16).toordinal(), published) == date(2023, 1, 16).toordinal()
    assert year_slip(date(2021, 1, 17).toordinal(), published) == date(2021, 1, 17).toordinal()
    assert year_slip(date(2022, 1, 17).toordinal(), 0) == date(2022, 1, 17).toordinal()


def test_an_english_word_said_as_is_meets_the_english_report() -> None:
    english = content_terms("Supply and demand will settle the price of rice", "en")
    indonesian = content_terms("Ini supply and demand yang akan menentukan harga beras", "id")
    reached = reach_map(english, indonesian)
    assert "supply" in reached[content_terms("supply", "en")[0]]
