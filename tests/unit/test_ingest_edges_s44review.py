"""The cases this session's ingest rules must not take, where their own tests left one out (session 44
review): a headline closing on a dash and a body's initials with no stop before them, and an outlet whose
name holds a news word beside a stamp. Every line here is made up."""

from __future__ import annotations

from kutip.index.ingest.dates import read_stamp
from kutip.index.ingest.headline import detect_title

_STORY = (
    "SUKAMAJU – Ketua koperasi mengatakan harga pupuk di tiga desa naik lagi karena kiriman dari gudang "
    "kabupaten terlambat dua pekan."
)
_MORE = "“Kami sudah minta gudang mengirim lebih awal,” kata Fulan Hidayat di kantornya."


def test_a_headline_closing_on_a_dash_and_initials_with_no_stop_is_still_one() -> None:
    """A caption's credit after a dash follows the caption's stop; a headline's tail names a body."""
    headline = "Harga Pupuk di Tiga Desa Naik Lagi - KUD"
    title, _ = detect_title([headline, "", _STORY, "", _MORE])
    assert title == headline


def test_a_caption_s_stop_before_the_dash_still_marks_it() -> None:
    caption = "Petani memikul karung pupuk di gudang koperasi Sukamaju. - KUD"
    title, _ = detect_title([caption, "", _STORY, "", _MORE])
    assert title == ""


def test_an_outlet_with_a_news_word_beside_the_stamp_still_signs_it() -> None:
    """Only a desk ("News Desk") is set aside; "Contoh News" is an outlet's name."""
    stamp = read_stamp("Contoh News October 3, 2031")
    assert stamp is not None and (stamp.iso, stamp.outlet) == ("2031-10-03", "Contoh News")
    desk = read_stamp("News Desk October 3, 2031")
    assert desk is not None and desk.outlet == ""
