"""A page's related headlines are read by ``recognise`` too; their readings must not push the page's
own body out of what the statements layer asks about next (made-up text)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.entities.glued_fronts import glued_front_words
from kutip.index.entities.recent import RECENT, RecentBodies, aside

BODY = """Warga pesisir Sukamaju mulai kembali ke rumah setelah banjir surut, Senin pagi.

Kepala BPBD Sukamaju Fulanuddin mengatakan, sebanyak 82 keluarga masih mengungsi di balai desa.

"Kami terus memantau warga di pengungsian," ujar Fulanuddin dalam keterangannya.

Berita Terkait
- Bupati Badu Santoso Tinjau Tanggul Jebol di Pesisir Sukamaju
- Ratusan Relawan Bersihkan Lumpur, Camat Wira Pratama Minta Warga Waspada
- Nelayan Mulai Melaut Lagi, Harga Ikan di Pasar Kota Turun
"""


def test_the_statements_layer_gets_the_cut_fronts_of_a_body_with_three_related_headlines() -> None:
    recognise(BODY, "id")  # reads each headline of the block too, as written and in sentence case
    assert glued_front_words(BODY) == frozenset({"sukamaju"})


def test_side_texts_remembered_aside_never_evict_a_body() -> None:
    kept: RecentBodies[int] = RecentBodies()
    kept.remember("body", 1)
    with aside():
        for k in range(2 * RECENT):
            kept.remember(f"headline {k}", k)
    assert kept.get("body") == 1
    assert kept.get(f"headline {2 * RECENT - 1}") == 2 * RECENT - 1
    assert kept.get("headline 0") is None  # the side texts keep only the last few of their own
    for k in range(RECENT):
        kept.remember(f"body {k}", k)
    assert kept.get("body") is None  # bodies still evict bodies
