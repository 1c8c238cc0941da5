""""memasuki" (entering) is the root masuk: the stemmer reads it as "pasuk", so one statement copied
by two outlets, one writing "tidak masuk ke" and the other "tidak memasuki", lost a term and fell
under the bar for two stated days (``data/linking_variants.tsv``; fixtures written for kutip)."""

from __future__ import annotations

from kutip.index.linking.normalise import content_terms
from kutip.index.linking.similarity import similarity


def test_entering_is_the_root_masuk() -> None:
    assert content_terms("memasuki", "id") == ["masuk"]


def test_two_wordings_of_entering_share_every_term() -> None:
    one = content_terms("Data kami menunjukkan kapal itu sudah lama tidak masuk ke pelabuhan", "id")
    two = content_terms("Data kami menunjukkan kapal itu sudah lama tidak memasuki pelabuhan", "id")
    assert similarity(one, two).containment == 1.0
