"""Publication and event dates from the text of a story (titles: :mod:`.headline`).

Missing metadata stays empty: a wrong date in a citation does more harm than
a blank one, so only dates the text presents as the publication date count.
"""

from __future__ import annotations

import re
from datetime import date

from kutip.index.ingest.boilerplate import LINE_RULES, Split, furniture_share, is_caption, reports_speech
from kutip.index.ingest.credits import credit_segments
from kutip.index.ingest.dateline import Dateline, parse_dateline
from kutip.index.ingest.dates import (
    DAY_NAMES,
    Stamp,
    date_line,
    find_dates,
    read_stamp,
    to_iso,
    weekday_number,
)
from kutip.index.ingest.headline import clean_title, detect_title
from kutip.index.ingest.headline_lines import looks_like_title
from kutip.index.ingest.origin import stated_outlet, stated_url
from kutip.index.ingest.outlets import has_outlet_word, is_outlet_name, is_site_domain
from kutip.index.language import fold
from kutip.index.language.wordlists import folded_set

__all__ = [
    "clean_title",
    "detect_title",
    "event_date",
    "looks_like_title",
    "publication_date",
    "stated_outlet",
    "stated_url",
]

# Verbs that introduce the source and date a story was taken from: "Mengutip AP, Jumat (1/11/2024)".
_SOURCING = re.compile(
    r"\b(?:mengutip|dikutip|dilansir|melansir|diberitakan|disiarkan|as reported by|according to|quoted by)\b",
    re.I,
)
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“‘'])")
# Words in the gap that show the date belongs to an event, not to the source.
_EVENT_GAP = re.compile(r"\b(?:yang|which|that|when|ketika|saat|pada hari|on)\b", re.I)
_MAX_GAP_WORDS = 8
# A quotation before the sourcing verb in its sentence: a source named after the verb says where the
# *quote* was taken from ('"…," ujar Menteri dilansir dari tayangan YouTube, Rabu (10/10/2022)'), so
# the date is the day the words were said or posted, not the story's. A date straight after the verb
# ('"…," tulis Menteri dalam kolomnya dikutip Jumat (15/11/2024)') is still the day the story quoted it.
_QUOTE_MARK = re.compile(r"[\"“”]")
# How far down the page a dateline may open the story (under deks, bylines and captions).
_OPENING_REACH = 12
# How far into the story a publication date may be stated.
_LEAD_PARAGRAPHS = 5


# "kata Ana dalam unggahannya di akun Instagram, dikutip Jumat (…)": a post or broadcast named in the
# attribution (after the quotation) dates the day it was read, not the story (data/ingest_post_sources.txt).
_POST_SOURCES = folded_set("ingest_post_sources.txt")
_ATTRIBUTION_WORD = re.compile(r"[^\W\d_]+")
# '"…," tulis Ana dalam kolomnya, dikutip Jumat (…)': a column or opinion piece named in the attribution
# was read and quoted that day, the story's; after words said aloud the day is the quoting's
# (data/ingest_written_sources.txt says why).
_WRITTEN_SOURCES = folded_set("ingest_written_sources.txt")


# '"…," kata Ana di Sukamaju, dikutip Jumat (…)': the attribution names the place the words were said, so
# the day is the one they were said or heard there, which the story reports, as at a named occasion. A
# paper or site named so ("tulis Ana dalam kolomnya di Harian Contoh") is where they were read: no place.
_SAID_AT = re.compile(r"\b(?:di|in|at)\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")


def _quotes_a_post(sentence: str) -> bool:
    closing = max((m.end() for m in _QUOTE_MARK.finditer(sentence)), default=0)
    attribution = sentence[closing:]
    if any(fold(w) in _POST_SOURCES for w in _ATTRIBUTION_WORD.findall(attribution)):
        return True
    return closing > 0 and any(_said_at_place(m["place"]) for m in _SAID_AT.finditer(attribution))


def _quotes_a_column(sentence: str) -> bool:
    closing = max((m.end() for m in _QUOTE_MARK.finditer(sentence)), default=0)
    return any(fold(w) in _WRITTEN_SOURCES for w in _ATTRIBUTION_WORD.findall(sentence[closing:]))


def _said_at_place(run: str) -> bool:
    words = run.split()
    spans = [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)]
    return not any(is_outlet_name(span) or has_outlet_word(span) or is_site_domain(span) for span in spans)


def _sourced_date(paragraph: str, event: str = "") -> str:
    """The day a sourcing phrase in ``paragraph`` gives the page ("dikutip Jumat (…)"), "" where it dates
    a quoting or a saying instead; ``event`` is the day the lead gives the saying, if any."""
    for found in find_dates(paragraph):
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(paragraph, 0, found.start)]
        start = breaks[-1] if breaks else 0
        sentence = paragraph[start : found.start]
        verbs = list(_SOURCING.finditer(sentence))
        if not verbs or _quotes_a_post(sentence):
            continue
        gap = sentence[verbs[-1].end() :]
        # "dikutip pada Senin (…)" after a quote is no straight date: the words put the quoting on a day
        # the story reports, which the page does not state as its own (unseen pages: no date in the gold)
        quoted = _QUOTE_MARK.search(sentence, 0, verbs[-1].start()) or _attributes_quote(paragraph, start)
        if gap.strip(" ,") and quoted:
            continue
        # '"…," ujar Ana, dikutip Rabu (…)': words said aloud, quoted that day from another's report or
        # broadcast; only a column's or opinion piece's quoting is the story's own day (see above)
        if quoted and not _quotes_a_column(sentence):
            continue
        # '"…," kata Ana dikutip Jumat (3/10/2031)' under a lead that dates the saying to the Thursday: the
        # story tells the day the words were said and, apart, the later day it quoted them from another's
        # report or broadcast; that day is the quoting's, which the page does not print as its own (z3)
        if quoted and event and event < found.iso:
            continue
        # "Dilansir Contoh, Minggu (…), hal itu disampaikan Fulan saat …": the sentence goes on to say the
        # words were said that day, so the source dates the saying it passed on, as after a quotation
        ends = _SENTENCE_BREAK.search(paragraph, found.end)
        if reports_speech(paragraph[found.end : ends.start() + 1 if ends else len(paragraph)]):
            continue
        if len(gap.split()) <= _MAX_GAP_WORDS and not _EVENT_GAP.search(gap):
            return found.iso
    return ""


# '"… diperoleh." Jelas Ana, dikutip dari …': a quotation closed with its full stop and its attribution
# opened with a capital, as some sites print it; the sentence after the quote is still its attribution.
_AFTER_CLOSING_QUOTE = re.compile(r"[\"”’]\s*$")
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")


def _attributes_quote(paragraph: str, start: int) -> bool:
    """True when the sentence at ``start`` follows a closing quote mark and opens with a speech verb."""
    first = _FIRST_WORD.match(paragraph, start)
    return bool(
        start and first and _AFTER_CLOSING_QUOTE.search(paragraph, 0, start) and reports_speech(first[1])
    )


def _dates_an_event(iso: str, body: list[str]) -> bool:
    """True when the story also gives the sourced day to something it reports, in a sentence that
    sources nothing ("Dilansir dari Contoh.com, Rabu (5/12/2018), …" over "…, ujar Fulan saat berpidato,
    Rabu (5/12/2018)"): the day is then the event's, which the source reported, and may not be the
    story's; only a sourcing phrase's own date is evidence of the day the story was written."""
    for paragraph in body:
        for found in find_dates(paragraph):
            if found.iso != iso:
                continue
            breaks = [m.end() for m in _SENTENCE_BREAK.finditer(paragraph, 0, found.start)]
            if not _SOURCING.search(paragraph, breaks[-1] if breaks else 0, found.start):
                return True
    return False


def _furniture_date(paragraph: str) -> str:
    """A date stamp, or the date part of a byline ("Oleh A · Senin, 18 November 2024 10.00 WIB")."""
    stamp = read_stamp(paragraph)
    if stamp:
        return stamp.iso
    segments = credit_segments(paragraph)
    if len(segments) < 2:
        return _glued_byline_date(paragraph)
    return next((stamp.iso for stamp in map(read_stamp, segments) if stamp), "")


# "By Ana Lee 16 September 2024 4 Min Read", "Oleh Fulan Senin, 2 Juni 2025 Dibaca (12)": a byline whose
# name, date and counters the page set side by side with no mark between them. The label, a short name
# and nothing after the date but its time, a reading time or a counter make it the story's own stamp.
_BYLINE_LABEL = re.compile(
    r"^\W*(?:by|oleh|publisher|penulis|reporter|pewarta|writer|author|ditulis oleh|posted by)\s*:?\s+", re.I
)
_BYLINE_NAME_WORDS = 4
_AFTER_BYLINE_DATE = re.compile(
    r"^(?:\s*,?\s*(?:(?:pukul|jam|at)\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT|[AP]M))?"
    r"|\s+\d{1,3}\s*(?:menit|min|mins|minutes?)\s+(?:baca|read)"  # a reading time
    r"|\s+[A-Z][a-z]+\s*\(\d[\d.,]*\)"  # a counter: "Pengunjung (274)", "Dibaca (12)"
    r")*\s*$",
    re.I,
)


# "Ana Lee Published March 8, 2025": the writer's name before the stamp's own label, with no mark between.
_NAME_THEN_PUBLISHED = re.compile(
    r"^\W*(?:[A-Z][\w'’.-]*\s+){1,4}(?i:published|posted|diterbitkan|dipublikasikan|diposting|terbit)\s*:?\s+"
)


def _glued_byline_date(line: str) -> str:
    named = _NAME_THEN_PUBLISHED.match(line)
    if named:
        found = next(find_dates(line[named.end() :]), None)
        if found is not None and found.start == 0:
            return found.iso if _AFTER_BYLINE_DATE.match(line[named.end() + found.end :]) else ""
    label = _BYLINE_LABEL.match(line)
    found = next(find_dates(line[label.end() :]), None) if label else None
    if label is None or found is None:
        return ""
    name = line[label.end() : label.end() + found.start].split()
    if not 0 < len(name) <= _BYLINE_NAME_WORDS or not all(word[:1].isupper() for word in name):
        return ""
    return found.iso if _AFTER_BYLINE_DATE.match(line[label.end() + found.end :]) else ""


# "Updated 3:12 PM EST, November 3, 2023", "Diperbarui 04 Mar 2023": a later date than the publication's.
_UPDATED = re.compile(
    r"^\W*(?:updated|last updated|diperbarui|diupdate|update|last modified|modified)\b", re.I
)


_UPDATE_LABEL = re.compile(r"\b(?:updated|last updated|diperbarui|diupdate|last modified)\b", re.I)


def _is_update(line: str) -> bool:
    """A stamp of the last change: labelled so at its start, or in a byline before its date
    ("oleh Ana Lee diperbarui 05 Jun 2024, 15:35 WIB")."""
    if _UPDATED.match(line):
        return True
    first = next(find_dates(line), None)
    return first is not None and bool(_UPDATE_LABEL.search(line, 0, first.start))


_PUBLISHED = re.compile(
    r"^\W*(?:published|first published|diterbitkan|dipublikasikan|dipublikasi|tanggal terbit|posted"
    r"|diposting|tayang|terbit)\b",
    re.I,
)


def publication_date(
    split: Split, paragraphs: list[str], dateline: Dateline | None, over_title: tuple[str, ...] = ()
) -> str:
    """The date the text gives as its own: a date line or dated byline near the top, a dated dateline, or a
    sourcing phrase ("dikutip Jumat (15/11/2024)") in the first paragraphs. ``over_title`` holds the lines
    a scrape prints over its headline, where a site's "today" banner stands.

    Dates of events ("kata Fulan pada Senin (2/10/2023)") and dates without a
    year are not publication dates.
    """
    first_body = next((i for i, furniture in enumerate(split.is_boilerplate) if not furniture), 0)
    # The story opens at its dateline when it has one: a dek, byline or caption the split kept as story
    # text may stand between the first "story" paragraph and the stamp over the dateline.
    # Menu lines the split marked as furniture do not count toward that reach: a page may print its
    # menus twice over the headline, its stamp and its dateline.
    story = [i for i, furniture in enumerate(split.is_boilerplate) if not furniture][:_OPENING_REACH]
    reach = max(_OPENING_REACH, story[-1] + 1 if story else 0)
    opening = next((i for i, p in enumerate(paragraphs[:reach]) if parse_dateline(p)), 0)
    head = list(zip(paragraphs, split.is_boilerplate, strict=True))[
        : max(_story_reach(paragraphs, split.is_boilerplate, first_body), opening)
    ]
    stamped = [
        (i, p, iso)
        for i, (p, furniture) in enumerate(head)
        # a byline over the dateline is the page's, wherever the split put it, and so is one opening the
        # story's text ("Oleh Ana Lee, 19 Mei 2024" kept as its first paragraph)
        for iso in [
            _furniture_date(p)
            if furniture
            else _glued_byline_date(p)
            if i < opening or i == first_body
            else ""
        ]
        if iso
    ]
    stamped = [(i, _with_clock(i, p, paragraphs), iso) for i, p, iso in stamped]
    stamped = [(i, p, iso) for i, p, iso in stamped if not _weather_banner(i, p, paragraphs)]
    stamped = [(i, p, iso) for i, p, iso in stamped if not _below_story(i, split.is_boilerplate)]
    published = [(i, p, iso) for i, p, iso in stamped if not _is_update(p)]
    event = event_date(split.body)  # the lead's day of the saying, weighed against a stamp or a sourcing date
    if stamped:
        return _stamped_date(published, stamped, paragraphs, split.body, event=event, over_title=over_title)
    if dateline and dateline.date:
        return dateline.date
    for paragraph in split.body[:_LEAD_PARAGRAPHS]:
        iso = _sourced_date(paragraph, event)
        if iso:
            return "" if _dates_an_event(iso, split.body) else iso
    # Some sites print the stamp under the story; only a labelled one there, as dated
    # lists of other stories follow it too.
    labelled = [p for p, furniture in zip(paragraphs, split.is_boilerplate, strict=True) if furniture]
    below = next((iso for p in labelled if _PUBLISHED.match(p) for iso in [_furniture_date(p)] if iso), "")
    return below or _dated_byline_below(labelled) or _today_date(split.body[:1])


def _stamped_date(
    published: list[tuple[int, str, str]],
    stamped: list[tuple[int, str, str]],
    paragraphs: list[str],
    body: list[str],
    *,
    event: str,
    over_title: tuple[str, ...],
) -> str:
    """The head's stamp that dates the page, or "" when the one it reads is a banner or a list's. A "today"
    banner over the head ("Saturday November 23, 2031") passes the word to a stamp of the story's own below
    it ("By Ana Lee" / "February 14, 2030"), which is weighed as the banner was."""
    # an update's date only when it is the only one
    index, line, found = _timed_stamp(published) if published else stamped[0]
    banner = _banner_date(line, found, paragraphs, event)
    if banner or _unconfirmed_over_title(line, found, paragraphs, over_title):
        below = [stamp for stamp in published if stamp[0] > index]
        if not below:
            return ""
        return _stamped_date(below, below, paragraphs, body, event=event, over_title=over_title)
    if _teaser_list_date(found, paragraphs, event):
        return ""
    if _weekdays_deny(found, body):
        return _stamp_weekdays_fit(published or stamped, found, body)
    return found


def _dated_byline_below(furniture: list[str]) -> str:
    """ "Oleh Ana Lee, Budi Santoso pada 3 March 2023, 14:05 WIB" under the story: a byline is the page's
    own label for its writers and their date, so it dates the page where it stands, when it is the only
    dated byline there (a list of other stories may credit each of its own)."""
    dated = {iso for p in furniture if _BYLINE_LABEL.match(p) for iso in [_furniture_date(p)] if iso}
    return dated.pop() if len(dated) == 1 else ""


# "12:40" over "18 April 2024": a stamp whose clock time the scrape set on a line of its own beside the date.
_LONE_CLOCK = re.compile(
    r"^\s*(?:pukul\s+|jam\s+|at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT|[AP]M))?\s*$", re.I
)


def _with_clock(index: int, line: str, paragraphs: list[str]) -> str:
    """The stamp's line with the clock time printed alone on the line above or below it, if any: a
    timed stamp is the page's own, not a "today" banner (``_timed_stamp``, ``_banner_date``)."""
    if _CLOCK.search(line):
        return line
    beside = [paragraphs[j] for j in (index - 1, index + 1) if 0 <= j < len(paragraphs)]
    clock = next((p.strip() for p in beside if _LONE_CLOCK.match(p)), "")
    return f"{line} {clock}" if clock else line


# A sentence of the story ends so; the logo's text, a slogan, a writer's name or the headline printed again
# above the stamp ("a l i n e a dot id", "fakta data kata", "Ana Lee") end otherwise.
_SENTENCE_CLOSE = re.compile(r"[.!?][\"”’)]?$")


def _story_reach(paragraphs: list[str], furniture: list[bool], first_body: int) -> int:
    """Where the head read for stamps ends: after the story's first paragraphs, counting only those that
    end a sentence, as the lines of a logo, slogan or byline the split kept as story text are no story
    paragraphs that push the story's own stamp out of reach."""
    counted, least = 0, first_body + _LEAD_PARAGRAPHS
    for index in range(first_body, min(len(paragraphs), first_body + _MAX_REACH)):
        if not furniture[index] and _SENTENCE_CLOSE.search(paragraphs[index].strip()):
            counted += 1
            if counted == _LEAD_PARAGRAPHS:
                return max(index + 1, least)
    return max(min(len(paragraphs), first_body + _MAX_REACH), least)


_MAX_REACH = 2 * _LEAD_PARAGRAPHS  # however many short lines, the head ends within twice the story's share


def _below_story(index: int, furniture: list[bool]) -> bool:
    """A stamp under the whole story: another story's, in a list of them (a labelled stamp under the
    story is read apart, below)."""
    story = [i for i, is_furniture in enumerate(furniture) if not is_furniture]
    return bool(story) and index > story[-1]


# "today" / "hari ini" in the reporter's own words ties the lead's event day to the day of the story;
# "until today" (sampai hari ini) looks back from it instead.
# "Radar-today", "Contoh Today": the word inside a name (joined by a hyphen or a dot, or capitalised after a
# capitalised word) is a site's or a programme's, not the reporter's today.
_TODAY = re.compile(r"(?<!sampai )(?<!hingga )(?<!until )(?<![-.])\b(?:today|hari ini)\b(?![-.]\w)", re.I)
_NAMED_TODAY = re.compile(r"\b[A-Z][\w'’]*\s+Today\b")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_TODAY_SENTENCES = 2
# "direncanakan hari ini, Senin (24/6/2024)", "pada Rabu (30/4/2025) hari ini": "today" glossed with its own
# date in one phrase dates the event the phrase reports, and such a lead is carried unchanged into the next
# day's story or another site's reprint (q4, q5: three outlets, no publication date in the gold; one ran a day
# later). "Today" framing the lead on its own, the event's day given apart, stays the story's day (dev_b).
_GLOSS_MAX_WORDS = 1
_GAP_WORD = re.compile(r"[^\W\d_]+")


def _today_date(lead: list[str]) -> str:
    """The lead's weekday date when its first sentences say the event happened today
    ("diluncurkan hari ini … pada Minggu (19/5/2024)"); quotes are the speaker's today, not the story's."""
    if not lead:
        return ""
    narration = _QUOTED.sub(" ", lead[0])
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(narration)]
    opening = narration[: breaks[_TODAY_SENTENCES - 1] if len(breaks) >= _TODAY_SENTENCES else len(narration)]
    today = next((m for m in _TODAY.finditer(opening) if not _in_a_name(opening, m.start())), None)
    first = next(find_dates(opening), None)
    if today is None or first is None or not _WEEKDAY_FIRST.match(opening[first.start : first.end]):
        return ""
    before = today.end() <= first.start
    gap = opening[today.end() : first.start] if before else opening[first.end : today.start()]
    return "" if len(_GAP_WORD.findall(gap)) <= _GLOSS_MAX_WORDS else first.iso


def _in_a_name(text: str, start: int) -> bool:
    """True when "Today" at ``start`` closes a capitalised name ("Contoh Today")."""
    return any(m.end() > start >= m.start() for m in _NAMED_TODAY.finditer(text))


# How far into the story an event date (the lead's "Minggu (19/5/2024)") is looked for.
_EVENT_PARAGRAPHS = 3


_WEEKDAY_FIRST = re.compile(rf"^(?:{DAY_NAMES})\b", re.I)


def event_date(body: list[str]) -> str:
    """The day of the event the lead reports: its first full date written with the weekday
    ("kata Menteri, Minggu (19/5/2024)", "on Sunday, May 19, 2024"), as reports date what
    happened; bare dates in a lead are more often background. Kept apart from the
    publication date, which citations prefer. A date without a year is none."""
    for paragraph in body[:_EVENT_PARAGRAPHS]:
        if is_caption(paragraph):
            continue  # a photo's day ("[Foto] ... Kamis (2/3/2023) ...") is not the story's event
        for found in find_dates(paragraph):
            if _WEEKDAY_FIRST.match(paragraph[found.start : found.end]):
                return found.iso
    return ""


def _timed_stamp(stamps: list[tuple[int, str, str]]) -> tuple[int, str, str]:
    """The first stamp, unless it carries no clock time and a later one at the story's head does: a
    site's "today" banner ("Selasa, 31 Desember 2019") prints the day without a time over the story's
    own stamp ("Senin, 30 Desember 2019 — 23:31 WIB")."""
    first = stamps[0]
    if _CLOCK.search(first[1]):
        return first
    return next((s for s in stamps[1:] if _CLOCK.search(s[1])), first)


# A site's "today" banner ("Sabtu, 4 Oktober 2025" above a story from years before) prints the day the
# page was fetched. A stamp without a clock time that lies this far after every other full date the
# page gives is that banner, not the day the story was published.
_BANNER_GAP_DAYS = 90
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|(?<=\dT)\d{2}:\d{2}")  # "2022-08-31T12:50:45Z" too


# A lead dates its event by weekday ("kata Ana, Rabu (27/11/2019)") only days before the story runs, so
# a stamp without a clock time this long after that day is the banner too.
_EVENT_GAP_DAYS = 30


# "date 2024-10-25": a date in the machine form a page's metadata gives (a scrape's header line, a meta
# tag's value), which records when the story was published; a "today" banner is printed for readers
# ("Sabtu, 4 Oktober 2025"), never so.
_MACHINE_DATE = re.compile(r"^\W*(?:[a-z_:]+\s*:?\s*)?(?:19|20)\d{2}-\d{2}-\d{2}(?:[T ]\S*)?\s*$", re.I)


def _banner_date(line: str, stamp: str, paragraphs: list[str], event: str = "") -> bool:
    if _CLOCK.search(line) or _MACHINE_DATE.match(line):
        return False
    if event and (date.fromisoformat(stamp) - date.fromisoformat(event)).days > _EVENT_GAP_DAYS:
        return True
    others = [found.iso for p in paragraphs if p != line for found in find_dates(p) if len(found.iso) == 10]
    if not others:
        return False
    return (date.fromisoformat(stamp) - date.fromisoformat(max(others))).days > _BANNER_GAP_DAYS


# "Kamis, 2 Oktober 2031" over a section's label and the headline, and no day in the story near it: a site
# prints the day the page is read over every headline, so a date there without a clock time dates the
# story only when the story confirms it with a day of its own in the month before (the lead's "Senin
# (6/10/2031)" under a banner of 7 October). Read sets: 6 clockless dates over a headline, one dated by
# its story; sessions 33-34 counted 17 more, one dated so. A line under the headline is left as it was.
# A banner names the day for its reader, weekday and all; a bare "3 Okt 2031" over the headline is the page's
# own stamp (session 45: the read sets' 5 banners over a headline name the weekday, their one stamp does not).
_WEEKDAY = re.compile(rf"\b(?:{DAY_NAMES})\b", re.I)


def _unconfirmed_over_title(
    line: str, stamp: str, paragraphs: list[str], over_title: tuple[str, ...]
) -> bool:
    if not over_title or _CLOCK.search(line) or _MACHINE_DATE.match(line) or not _WEEKDAY.search(line):
        return False
    if " ".join(line.split()) not in {" ".join(o.split()) for o in over_title}:
        return False
    stamped = date.fromisoformat(stamp)
    days = [
        (stamped - date.fromisoformat(found.iso)).days
        for p in paragraphs
        if p != line
        for found in find_dates(p)
        if len(found.iso) == len("yyyy-mm-dd")
    ]
    return not any(0 <= gap <= _EVENT_GAP_DAYS for gap in days)


# "Judul lain / 01 Februari 2026 20:42" again and again: a list of the site's latest stories, each under
# its own stamp, printed over or beside the story. Its day is the list's, not the story's, when the
# story's lead dates its event long before it.
_TEASER_LIST_MIN = 3


def _teaser_list_date(stamp: str, paragraphs: list[str], event: str) -> bool:
    if not event or (date.fromisoformat(stamp) - date.fromisoformat(event)).days <= _EVENT_GAP_DAYS:
        return False
    listed = sum(1 for p in paragraphs for found in [read_stamp(p)] if found and found.iso == stamp)
    return listed >= _TEASER_LIST_MIN


# "Jakarta 31°C Cerah" beside "Sabtu, 4 Oktober 2025": a site's weather banner prints the day the page
# was fetched, not the day the story was published.
_TEMPERATURE = re.compile(
    r"\d\s*°\s*[CF]?\b|[℃℉]|^\s*-?\d{1,2}(?:[.,]\d)?\s*[CF]\s*$", re.I
)  # "27.8 C" alone too


_WEATHER_REACH = 2  # "27.8 C", "Medan", then the day: the city may stand between


def _weather_banner(index: int, line: str, paragraphs: list[str]) -> bool:
    """A date without a clock time on the weather's line or beside it."""
    if _CLOCK.search(line):
        return False
    return any(_TEMPERATURE.search(p) for p in paragraphs[max(0, index - _WEATHER_REACH) : index + 2])


# "kata Ana, Rabu (3/5)": the lead's weekday and day without a year fall a few days from the day the story
# runs. A stamp by whose year every such day is the wrong weekday is a "today" banner printed with a story
# of another year (a Wednesday 3 May: 2023, under a banner of 5 May 2024), which dates nothing. The
# stamp's own day under the wrong weekday is the writer's slip ("Senin (10/9)" on a Tuesday's stamp).
# A day of the right weekday that lies months before the stamp ("on Monday (8/4)" under a clock header
# of 31 May, timed or not) is no fit either: the site's clock printed the day the page was fetched.
_YEARLESS_DAY = re.compile(
    rf"\b(?P<wday>{DAY_NAMES})\s*,?\s*\(\s*(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})\s*\)", re.I
)
_YEARLESS_PARAGRAPHS = 5


def _weekdays_deny(stamp: str, body: list[str]) -> bool:
    """True when the lead dates days by weekday and none fits the stamp's year (see above)."""
    fits, misfits = _weekday_fits(stamp, body)
    return misfits > 0 and fits == 0


def _stamp_weekdays_fit(stamps: list[tuple[int, str, str]], denied: str, body: list[str]) -> str:
    """Another stamp of the head that the lead's weekdays all fit, when they deny the one chosen: a site's
    clock header ("Rabu, 14 Maret 2018 | 09.15 WIB") printed over the story's own stamp of a
    Thursday whose lead says "Rabu (6/12)" and "Jumat (8/12)". "" when none is confirmed so."""
    for _, _, iso in stamps:
        fits, misfits = _weekday_fits(iso, body) if iso != denied else (0, 1)
        if fits and not misfits:
            return iso
    return ""


def _weekday_fits(stamp: str, body: list[str]) -> tuple[int, int]:
    """How many days the lead dates by weekday fit the stamp, and how many do not (see above)."""
    stamped = date.fromisoformat(stamp)
    fits = misfits = 0
    for paragraph in body[:_YEARLESS_PARAGRAPHS]:
        for found in find_dates(paragraph):
            fits += _confirms(found.iso, paragraph[found.start :], stamped)
            misfits += _long_before(found.iso, paragraph[found.start :], stamped)
        for match in _YEARLESS_DAY.finditer(paragraph):
            wanted = weekday_number(match["wday"])
            day, month = int(match["day"]), int(match["month"])
            near = _nearest(stamped, day, month)
            if near is None or wanted is None:
                continue
            close = near.weekday() == wanted and abs((stamped - near).days) <= _EVENT_GAP_DAYS
            if close or (day, month) == (stamped.day, stamped.month) or _month_first(match, stamped):
                fits += 1
            else:
                misfits += 1
    return fits, misfits


def _month_first(match: re.Match[str], stamped: date) -> bool:
    """ "on Friday (03/07)" under a stamp of Friday 7 March: a page in English writes the month first, so
    the stamp's own day and weekday, read so, fit (day first it is a Thursday in July, months away)."""
    month_first = (int(match["month"]), int(match["day"]))
    return month_first == (stamped.day, stamped.month) and stamped.weekday() == weekday_number(match["wday"])


def _confirms(iso: str, written: str, stamped: date) -> bool:
    """A full date the lead gives an event by weekday ("Kamis (13/10/2022)"), of the right weekday and in
    the days before the stamp: the stamp's year is the story's, whatever a caption's yearless day says."""
    if len(iso) != len("yyyy-mm-dd") or not _WEEKDAY_FIRST.match(written):
        return False
    day = date.fromisoformat(iso)
    weekday = weekday_number(written.split(maxsplit=1)[0].strip(",("))
    return weekday == day.weekday() and 0 <= (stamped - day).days <= _EVENT_GAP_DAYS


def _long_before(iso: str, written: str, stamped: date) -> bool:
    """A full date the lead gives an event by weekday ("kata Ana, Rabu (16/3/2022)"), of the right weekday
    and more than a year before the stamp: news dates the days around it so, and a stamp years after
    every one of them was printed for another story (a widget's) or the day the page was read. A caption
    dates its picture so too, weeks before the story at times: a month is no bound."""
    if len(iso) != len("yyyy-mm-dd") or not _WEEKDAY_FIRST.match(written):
        return False
    day = date.fromisoformat(iso)
    weekday = weekday_number(written.split(maxsplit=1)[0].strip(",("))
    return weekday == day.weekday() and (stamped - day).days > _STALE_DAYS


_STALE_DAYS = 366


def _nearest(stamped: date, day: int, month: int) -> date | None:
    """The day/month nearest the stamp, in the stamp's year or the one before or after."""
    days = [to_iso(year, month, day) for year in range(stamped.year - 1, stamped.year + 2)]
    return min((date.fromisoformat(d) for d in days if d), key=lambda d: abs(d - stamped), default=None)


# A stamp's clock ("13:25", "22:10:29", "16.38") and time zone, and a wire's bracketed desk code before it
# ("(T.A014/B/KR-BSR/S012) 24-12-2018 22:10:29").
_STAMP_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b")
_STAMP_NOISE = re.compile(
    rf"\([^()]*\)|\b(?:WIB|WITA|WIT|GMT|UTC|{DAY_NAMES})\b|\b\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?\b", re.I
)
_STAMP_LINE_MAX = 90
_STAMP_MAX_WORDS = 2  # "18 Foto": a gallery's count glued before the stamp
_FULL_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def lone_timed_stamp(paragraphs: list[str], story_start: int) -> str:
    """The date of the one stamp with a clock time the page prints anywhere below its first line, when
    nothing else dated it: some sites set their stamp under the story, under a head block printed again
    below it or after a gallery's count. A date with its hour is the page's own clock, not an event's;
    with two such stamps (a list of other stories), a stamp under a list's heading ("Berita Terkait"), a
    stamp opening the page (a site's clock header over its headline, the fetch's day) or one with story
    prose above and below it none is taken."""
    stamps = [
        (index, iso)
        for index, paragraph in enumerate(paragraphs)
        for iso in [_timed_stamp_line(paragraph)]
        if iso
    ]
    if len(stamps) != 1:
        return ""
    index, iso = stamps[0]
    if index == 0 or any(map(_list_heading, paragraphs[story_start + 1 : index])):
        return ""
    # a stamp with the story's prose on both sides stands inside it: another story's, run on below
    if any(map(_story_prose, paragraphs[:index])) and any(map(_story_prose, paragraphs[index + 1 :])):
        return ""
    return iso


# "(Contoh.com) 03/02/25 21:05 51234": a stamp whose year has two digits, with its clock and a post number.
# The line alone does not say which of day and month comes first; a lead dating its event by weekday on that
# day, or a day or two before it, confirms the reading day first, as the language writes dates.
_SHORT_YEAR_STAMP = re.compile(
    r"^(?:\([^()]{1,40}\)\s*)?(?P<day>\d{2})/(?P<month>\d{2})/(?P<year>\d{2})\s+\d{1,2}[:.]\d{2}(?:\s+\d+)?$"
)
_SHORT_YEAR_REACH = 8  # the head's lines
_SHORT_YEAR_GAP_DAYS = 2


def short_year_stamp(paragraphs: list[str], event: str) -> str:
    """The date of the one two-digit-year stamp of the page's head, when the lead's weekday-dated event
    (``event``) falls on it or a day or two before (see above); "" otherwise."""
    if not _FULL_ISO.match(event):
        return ""
    found = {
        iso
        for paragraph in paragraphs[:_SHORT_YEAR_REACH]
        for match in [_SHORT_YEAR_STAMP.match(paragraph.strip())]
        if match
        for iso in [to_iso(2000 + int(match["year"]), int(match["month"]), int(match["day"]))]
        if iso
    }
    if len(found) != 1:
        return ""
    iso = found.pop()
    gap = (date.fromisoformat(iso) - date.fromisoformat(event)).days
    return iso if 0 <= gap <= _SHORT_YEAR_GAP_DAYS else ""


_PROSE_MIN_WORDS = 12


def _story_prose(paragraph: str) -> bool:
    """A paragraph of the story's prose: a dozen words or more, closing a sentence."""
    return len(paragraph.split()) >= _PROSE_MIN_WORDS and bool(_SENTENCE_CLOSE.search(paragraph.strip()))


_HEADING_MAX_WORDS = 3
_HEADING_FURNITURE = 0.5


def _list_heading(line: str) -> bool:
    """A short line of furniture alone ("Berita Terkait", "Terpopuler"): the heading of a list of other
    stories, whose stamps are theirs. A teaser with its headline ("Baca juga: …") is no heading."""
    words = line.split()
    if not words or len(words) > _HEADING_MAX_WORDS:
        return False
    return furniture_share(line) >= _HEADING_FURNITURE or any(
        rule.search(line.strip()) for rule in LINE_RULES
    )


def _timed_stamp_line(line: str) -> str:
    """The full date of a short line that is a stamp: a date, its clock time, and at most two other words
    (no label with a colon, as an event's "Waktu: Sabtu, 3 Mei 2024 pukul 10.00 WIB" has)."""
    line = line.strip()
    if len(line) > _STAMP_LINE_MAX or not _STAMP_CLOCK.search(line):
        return ""
    found = [f for f in find_dates(line) if _FULL_ISO.match(f.iso)]
    if len(found) != 1:
        return ""
    rest = _STAMP_NOISE.sub(" ", f"{line[: found[0].start]} {line[found[0].end :]}")
    if ":" in rest or len(re.findall(r"[^\W_]+", rest)) > _STAMP_MAX_WORDS:
        return ""
    return found[0].iso


# "Contohnews - Berita Terkini dan Terpercaya - 18 Jan 2025, 04:00", "Cerdas & Jujur - Maret 14, 2022": the
# line straight under a plain-text scrape's headline, its head block's stamp, with the site's name and
# slogan (or the slogan alone) before the date where the stamp reader wants only times, outlets and
# bylines. Under the headline such a line is the story's stamp; a "today" banner stands over it, and one
# without a clock time is still held against the story's other dates as a banner is.
_HEAD_PART_BREAK = re.compile(r"\s+[-–—|]\s+")
_HEAD_STAMP_MAX = 120
_HEAD_PART_MAX_WORDS = 6
_PART_SENTENCE = re.compile(r"[.!?][\"”’]?\s|[.!?]$")


def head_block_stamp(line: str, split: Split, paragraphs: list[str]) -> Stamp:
    """The stamp of the line under the headline (see above); an empty Stamp when it is none."""
    from kutip.index.ingest.outlets import is_compound_outlet, is_outlet_name, is_site_domain

    none = Stamp("")
    line = " ".join(line.split()).lstrip("-–— ")
    if not line or len(line) > _HEAD_STAMP_MAX or _is_update(line):
        return none
    if not any(" ".join(p.split()).lstrip("-–— ") == line for p in paragraphs):
        return none  # not on the page as a line of its own any more
    if read_stamp(line):
        return none  # a stamp the stamp reader takes is weighed by publication_date, banners and lists too
    parts = [p.strip(" ,") for p in _HEAD_PART_BREAK.split(line)]
    iso = date_line(parts[-1]) if len(parts) > 1 else ""
    before = parts[:-1]
    if not iso or not all(p and len(p.split()) <= _HEAD_PART_MAX_WORDS for p in before):
        return none
    if any(_PART_SENTENCE.search(p) or next(find_dates(p), None) for p in before):
        return none
    if not _CLOCK.search(parts[-1]):
        event = event_date(split.body)
        if _banner_date(line, iso, paragraphs, event) or _weekdays_deny(iso, split.body):
            return none
    first = before[0]
    named = is_outlet_name(first) or is_compound_outlet(first) or is_site_domain(first)
    return Stamp(iso, first if named else "")


# "Ana Lestari" on a line of its own straight over the stamp ("Jum'at, 02 September 2022 | 14:17 WIB") or
# under the site's name over the story: a byline the page prints without a label, which no credit rule
# reads. Only a person's name counts: two to four capitalised words, at most one of them an everyday word,
# no outlet's and no place's or body's name, and only one such line in the head.
_BYLINE_WORD = re.compile(r"^[A-Z][a-z'’]+$|^[A-Z]\.$")
_HEAD_BYLINE_MAX_WORDS = 4
_HEAD_BYLINE_REACH = 6


def head_byline(paragraphs: list[str], story_start: int, outlet: str) -> str:
    """The writer's name the head prints alone over its stamp or under the site's name (see above)."""
    from kutip.index.entities import lookup  # the gazetteer's package reads ingest
    from kutip.index.entities.dictionary import is_listed_word
    from kutip.index.ingest.credits import looks_like_name
    from kutip.index.ingest.outlets import has_outlet_word, is_compound_outlet, is_outlet_name

    def person(line: str) -> bool:
        words = line.split()
        return (
            2 <= len(words) <= _HEAD_BYLINE_MAX_WORDS
            and all(_BYLINE_WORD.match(w) for w in words)
            # "Wan", "Intan": a given name may be an everyday word too, never most of a name
            and sum(1 for w in words if is_listed_word(fold(w.rstrip(".")))) <= len(words) - 2
            and looks_like_name(line)
            and not (is_outlet_name(line) or has_outlet_word(line) or is_compound_outlet(line))
            and lookup(line) is None
            and furniture_share(line) == 0
        )

    # the head block may follow a teaser of the lead the split counts as story: read the first lines too
    head = [p.strip() for p in paragraphs[: max(story_start, _HEAD_BYLINE_REACH)]]
    found = [
        line
        for index, line in enumerate(head)
        if person(line)
        and (
            (index + 1 < len(head) and read_stamp(head[index + 1]) is not None)
            or (index > 0 and bool(outlet) and head[index - 1].casefold() == outlet.casefold())
        )
    ]
    return found[0] if len(found) == 1 else ""
