"""Two undated reports of one speaker: one sentence of a few words of the story's subject inside a
longer remark is the speaker saying it again on another occasion, not another outlet's quote of
the remark (fixtures written for kutip: a fictional athlete and remarks). Dated on one day, or
sharing more, the sentence still links."""

from __future__ import annotations

from kutip.index.linking.store import LinkDoc
from kutip.index.linking.update import doc_of, matches

SPEAKER = "Rina Marlina"
# the victory remark: thanks, then the subject of the story
REMARK = (
    "Puji syukur saya bisa membuat sejarah medali emas pertama untuk panahan di Olimpiade, "
    "ini untuk panahan Indonesia. Terima kasih kepada pelatih, keluarga dan semua pendukung."
)
# the homecoming, days later: feelings, then the same subject in a sentence of its own
HOMECOMING = (
    "Rasa senang dan bangga bercampur jadi satu. Ini medali pertama Olimpiade bagi saya, dan untuk panahan."
)
# another outlet's report of the victory remark: the sentence carries more of it
REPORT = "Saya sangat bersyukur. Ini sejarah, medali emas pertama untuk panahan Indonesia di Olimpiade."


def _doc(aid: str, text: str, date: str = "") -> LinkDoc:
    return doc_of(f"{aid}:0", aid, text, speaker=SPEAKER, date=date)


def test_a_subject_sentence_of_two_undated_reports_does_not_link() -> None:
    assert not matches(_doc("a", REMARK), _doc("b", HOMECOMING))


def test_the_same_sentence_links_on_one_day() -> None:
    assert matches(_doc("a", REMARK, "2024-08-09"), _doc("b", HOMECOMING, "2024-08-09"))


def test_an_undated_report_sharing_more_still_links() -> None:
    assert matches(_doc("a", REMARK), _doc("c", REPORT))
