"""A person credited by the name the attribution writes is that person only: another name in the
attribution is someone else (fixtures written for kutip: fictional people)."""

from __future__ import annotations

from kutip.index.linking.speakers import relation, speaker_names

_ANSWERING = "Pernyataan itu disampaikan Rina Kartika menanggapi ucapan pertama Bambang Sutrisno Wiryo"


def test_the_person_answered_is_not_the_speaker() -> None:
    names = speaker_names("Rina Kartika", _ANSWERING)
    assert names.written == frozenset()
    assert relation(names, speaker_names("Bambang Sutrisno Wiryo", "ujarnya")) == "different"


def test_an_office_credited_still_takes_the_person_written() -> None:
    names = speaker_names("Dishub", "kata Kepala Dishub Anton Wirabumi")
    assert {"anton", "wirabumi"} <= names.written
    assert relation(names, speaker_names("Anton Wirabumi", "ujar Anton")) == "same"
