"""A recalled quote another outlet gives in the same words on the recalling article's day is that remark.

Session 34 set a quote the narration recalls as earlier ("Sebelumnya, ...") apart from reports
stating the recalling article's day or a later one: two outlets recalled the day before's remark
in other words, and it had joined the day's cluster. When a report stating that day gives the
recalled quote near-identically (the bar for one speaker days apart), the marker recalls a remark
the day's news already carried, earlier that day: the words say one remark (session 36).
Fixtures are written for kutip (fictional speaker, remarks and outlets).
"""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking.update import doc_of, given_alike
from tests.unit.test_linking_incremental import Archive
from tests.unit.test_links_s34links_recalled import EARLIER, TODAY, _article, _with_recalled

EARLIER_AGAIN = (
    "Calon yang maju di pemilihan kepala daerah dan jelas akan menjadi tersangka lebih baik kami "
    "umumkan sebelum hari pemungutan suara, supaya warga tahu"
)


def test_the_same_words_on_the_recalling_day_join_the_recalled_quote(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_with_recalled("a"))
    archive.add(_article("e", "2024-05-07", ("", EARLIER_AGAIN, "kata Fulan, Selasa (7/5/2024).")))
    assert archive.cluster_of("a:1") == archive.cluster_of("e:0") != archive.cluster_of("a:0")


def test_other_words_on_that_day_stay_apart(tmp_path: Path) -> None:
    """Session 34's class: the day's remark in other words is not the recalled one."""
    archive = Archive(tmp_path)
    archive.add(_with_recalled("a"), _with_recalled("b"))
    archive.add(_article("c", "2024-05-07", ("", TODAY, "ujar Fulan, Selasa (7/5/2024).")))
    assert archive.cluster_of("a:1") == archive.cluster_of("b:1") != archive.cluster_of("c:0")


def test_given_alike_is_near_identical_words_in_one_language() -> None:
    one = doc_of("x", "ax", EARLIER)
    assert given_alike(one, doc_of("y", "ay", EARLIER_AGAIN))
    assert not given_alike(one, doc_of("z", "az", TODAY))
    assert not given_alike(one, doc_of("w", "aw", "Calon kepala daerah akan menjadi tersangka", lang="en"))
