"""Two ingest classes sent by other engineers in session 46, landed by the lead (issue 9 and 10).
Every line here is made up.

- A photo credit that is a ministry's glued short name ("Foto: Kemensos") credits the ministry, not
  a photographer: it is no person (the body's reader already refused it; the credits did not).
- A scrape that breaks its lead at every linked name ("KOTA, Contoh.com – Bupati X" / "Fulan Hartono" /
  "menuturkan, ...") printed the full name on a short line of its own above the story: the short-label
  loop took it for a kicker, the name never reached the body, and the bare given name later went to
  another person sharing it."""

from __future__ import annotations

from kutip.index.ingest.boilerplate import split_boilerplate
from kutip.index.ingest.credits import closing_photo_credits

_CAPTION = "Petugas memeriksa bantuan di gudang logistik Desa Sukamaju, Senin (12/5/2031)."


def test_a_ministry_credited_for_a_photo_is_no_person() -> None:
    assert closing_photo_credits(f"{_CAPTION} (Foto: Kemensos)") == []


def test_a_photographer_credited_for_a_photo_still_is() -> None:
    credits = closing_photo_credits(f"{_CAPTION} (Foto: Rina Kartika)")
    assert [c.name for c in credits] == ["Rina Kartika"]


_CUT_LEAD = [
    "Program Air Bersih Desa Berjalan",
    "SUKAMAJU, Contohnews.com – Bupati Sukamaju",
    "Fulan Hartono",
    "menuturkan, program air bersih di desanya berjalan baik dan warga puas dengan hasilnya.",
    '"Warga sekarang tidak perlu berjalan jauh untuk mendapat air," kata Fulan.',
    "Program itu dibiayai anggaran daerah dan dana desa selama dua tahun terakhir.",
]


def test_a_lead_cut_at_its_linked_name_keeps_the_name_in_the_body() -> None:
    body = split_boilerplate(_CUT_LEAD).body
    assert "Fulan Hartono" in body, body
