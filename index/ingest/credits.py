"""People credited outside the story: bylines, editors, photographers.

These lines are boilerplate, yet users search for the people in them, so they
are read into :class:`Credit` records rather than thrown away.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kutip.index.entities import lookup
from kutip.index.ingest.outlets import has_outlet_word, is_agency_token, is_outlet_name
from kutip.index.models import Credit, EntityType

__all__ = [
    "TOPIC_HEADER",
    "credit_line",
    "credit_segments",
    "credits_from_lines",
    "is_contribution_note",
    "looks_like_name",
]

_NAME_WORD = r"(?:[A-Z][\w'’.-]*|[a-z]{1,3}(?=\s+[A-Z])|bin|binti|van|von|de|der|al|el)"
_NAME = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}")
_NAME_SEPARATORS = re.compile(r"\s*(?:,|&|\band\b|\bdan\b)\s*")
# "Reporting by Ana Lee in Oslo": the place a credited person filed from is not part of the name.
_FILED_FROM = re.compile(r"\s+(?:in|di|from|dari)\s+[A-Z][^,]*$")
# "Penulis: Kontributor Bogor, Ana Lee": a role and its post before the name describe the writer.
_ROLE_PREFIX = re.compile(
    r"^(?:kontributor|koresponden|wartawan|jurnalis|reporter|pewarta|penulis|editor|redaktur"
    r"|contributor|correspondent|stringer)\s+\S",
    re.I,
)
# "Editor: Tim Redaksi", "By Staff Writer": a desk, not a person.
_DESK = re.compile(r"\b(?:redaksi|newsroom|desk|editorial|staff)\b", re.I)
# One line often holds several credits: "Penulis: A | Editor: B", "(Reporting by A; Editing by B)",
# "Oleh A · Kamis, 7 November 2024".
# "Rep: A/ Red: B": a slash before the next label also ends a credit.
_SEGMENT_BREAK = re.compile(
    r"\s+[|·•]\s+|\s*;\s*|\s*/\s*(?=(?:rep|red|editor|penulis|reporter|pewarta)\s*:)|\s+/\s+"
    # "Rep: A Red: B", "Penulis: A Editor: B": the next label after a name, with no mark between
    r"|(?<=[a-z])\s+(?=(?:rep|red|editor|penulis|reporter|pewarta|redaktur)\s*:)",
    re.I,
)
# A caption's credit without a label: "… Yogyakarta,(23/12),Gudeg.net/Rahman", "… -Disway.id/Ana Sari-",
# "… Sabtu (30/11/2019). Dian Erika/KOMPAS.com".
_SITE_CREDIT = re.compile(
    r"[\s,(-]\s*[\w-]+\.(?:com|net|id|co\.id)\s*/\s*(?P<name>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s*-?\)?\s*$"
    r"|\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\.\s+(?P<before>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s*/\s*[A-Z]"
)
# "Associated Press writer Ana Lee in Oslo contributed to this report."
_CONTRIBUTED = re.compile(
    r"^(?:.*?\b(?:writers?|reporters?|correspondents?|journalists?)\s+)?(?P<names>[A-Z].*?)"
    r"\s+contributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article|reporting)\.?$"
)

# Labelled credit lines: "Penulis: X", "Editor: X", "By X", "Foto: X/AGENCY".
_ROLE_LABELS = (
    ("contributor", r"additional reporting by|laporan tambahan oleh"),
    (
        "writer",
        r"laporan (?:wartawan|reporter|koresponden|kontributor)|penulis|reporter|pewarta|kontributor|writer"
        r"|written by|writing by|reporting by|reported by"
        r"|rep(?=\s*:)",  # Republika-style "Rep: A/ Red: B"
    ),
    ("editor", r"editor|redaktur|penyunting|editing by|edited by|editor by|red(?=\s*:)"),
    ("photo", r"foto|photo|image|fotografer|photographer|photos? by|foto oleh"),
    ("author", r"by|oleh|author|byline"),
)
_LABELLED = [
    (role, re.compile(rf"^(?:{labels})(?:\s*:\s*|\s+)(?P<names>[^:]{{2,120}})$", re.I))
    for role, labels in _ROLE_LABELS
]
# "Ana Lee (The Jakarta Post)": a byline with the outlet in parentheses after the names.
_OUTLET_BYLINE = re.compile(r"^(?P<names>[^():]{2,120}?)\s*\((?P<outlet>[^()]{2,60})\)$")
_VERIFIED_WRITER = re.compile(r"^(?P<name>.+?)\s+(?:Photo\s+)?Verified Writer\b(?:\s+(?P=name))?\s*$", re.I)
# A caption's trailing credit after its sentence: "Siswa antre vaksin. Foto: NAME/OUTLET".
_PHOTO_TRAILING = re.compile(r"(?:^|[.!?]\s+)(?:foto|photo)\s*:\s*(?P<credit>[^():.]{2,80})$", re.I)
_PHOTO_PAREN = re.compile(
    r"\((?:(?:photo|foto)\s+by\s+|(?:photo|foto)\s*:\s*)(?P<credit>[^)]+)\)\s*$"
    r"|\((?P<agency>antara(?: foto)?|reuters|ap photo|afp(?: photo)?|getty images|epa(?:-efe)?"
    r"|anadolu|xinhua)\s*/\s*(?P<after>[^)]+)\)\s*$",
    re.I,
)
# A caption ending in its photographer and the outlet in brackets: "Kepala BMKG Fulan (Ana Lee/detikcom)".
_CAPTION_CREDIT = re.compile(
    r"\((?P<name>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,4})\s*/\s*(?P<site>[\w.-]{3,30})\)\s*\|?\s*$"
)
# Picture agencies that head a credit before the wire and the photographer ("picture-alliance/dpa/Name").
_PICTURE_AGENCY = re.compile(r"picture[- ]alliance|imago(?: images)?|ullstein ?bild", re.I)
# A date stamp a byline follows on the next lines: "Kompas.com - 27/05/2019, 05:08 WIB".
_STAMP_LINE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4},?\s+\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)\b")
# The desk line some sites print under the writers' names.
_DESK_LINE = re.compile(r"^tim redaksi$", re.I)
TOPIC_HEADER = re.compile(r"^(?:topik|topics?|tags?|tag terkait)\s*:\s*$", re.I)
_BULLET = re.compile(r"^\s*[•·▪●◦\-*–—]\s*(?P<item>.+)$")


def looks_like_name(text: str) -> bool:
    """A person's name as bylines write it: one to six capitalised words, no sentence punctuation."""
    text = text.strip()
    return bool(text) and len(text) <= 60 and bool(_NAME.fullmatch(text)) and not text.endswith(".")


def _names(text: str) -> list[str]:
    parts = [_FILED_FROM.sub("", p.strip()) for p in _NAME_SEPARATORS.split(text.strip()) if p.strip()]
    parts = [p for p in parts if not _ROLE_PREFIX.match(p) and not _DESK.search(p)]
    if not parts or not all(looks_like_name(p) for p in parts):
        return []
    # "By Jane Doe, Associated Press": the outlet is not a person; nor is an acronym ("Photo: MOFA").
    return [p for p in parts if not is_outlet_name(p) and not _desk_or_place(p) and not _acronym(p)]


def _acronym(part: str) -> bool:
    """One word in capitals ("MOFA", "KEMLU"): an agency or ministry credited, not a person."""
    return part.isupper() and " " not in part and len(part) >= 3


def _desk_or_place(part: str) -> bool:
    """Parts of "By A, BBC Tamil, Chennai and B, Kochi" that are no person: desks and places filed from.

    A desk opens with a listed outlet's name ("BBC Tamil"); a place is in the gazetteer.
    """
    words = part.split()
    if len(words) > 1 and any(is_outlet_name(" ".join(words[:k])) for k in range(1, len(words))):
        return True
    entry = lookup(part)
    return entry is not None and entry.type is EntityType.PLACE


def _outlet_byline(segment: str, outlet: str) -> list[Credit]:
    """Writers of "Ana Lee (The Jakarta Post)" or "A and B (Kabar Timur)": the outlet in parentheses."""
    match = _OUTLET_BYLINE.match(segment)
    if not match:
        return []
    named = match["outlet"].strip()
    own = bool(outlet) and named.casefold() == outlet.strip().casefold()
    if not (own or is_outlet_name(named) or has_outlet_word(named)):
        return []
    return [Credit("author", name) for name in _names(match["names"])]


def _photo_names(credit: str, outlet: str = "") -> list[str]:
    """The person in "NAME / POOL / AFP", "AGENCY/NAME/initials" or "OUTLET/NAME".

    The article's own outlet is no person, though it is in no outlet list.
    """
    own = outlet.strip().casefold()
    people = [
        part.strip()
        for part in credit.split("/")
        if not is_agency_token(part)
        and not _PICTURE_AGENCY.fullmatch(part.strip())
        and not (own and part.strip().casefold() == own)
    ]
    return [people[0]] if people and looks_like_name(people[0]) and not _acronym(people[0]) else []


def credit_segments(line: str) -> list[str]:
    """The parts of a line that may each state one credit (or a date, in a byline)."""
    line = line.strip()
    if line.startswith("(") and line.endswith(")") and line.count("(") == 1:
        line = line[1:-1]  # "(Reporting by A; Editing by B)"
    return [part.strip() for part in _SEGMENT_BREAK.split(line) if part.strip()]


def is_contribution_note(line: str) -> bool:
    """True for the closing "X contributed to this report." note, a sentence that is still a credit."""
    match = _CONTRIBUTED.match(line.strip())
    return bool(match and _names(match["names"]))


def _segment_credits(segment: str, outlet: str) -> list[Credit]:
    match = _VERIFIED_WRITER.match(segment)
    if match and looks_like_name(match["name"]):
        return [Credit("writer", match["name"])]
    site = _SITE_CREDIT.search(segment)
    if site:
        name = (site["name"] or site["before"] or "").strip(" -.")
        return [Credit("photo", name)] if looks_like_name(name) and not is_outlet_name(name) else []
    caption = _CAPTION_CREDIT.search(segment)
    if caption and is_agency_token(caption["site"]) and not is_outlet_name(caption["name"]):
        return [Credit("photo", caption["name"])]
    photo = _PHOTO_PAREN.search(segment) or _PHOTO_TRAILING.search(segment)
    if photo:
        groups = photo.groupdict()
        text = groups.get("credit") or groups.get("after") or ""
        return [Credit("photo", name) for name in _photo_names(text, outlet)]
    contributed = _CONTRIBUTED.match(segment)
    if contributed:
        return [Credit("contributor", name) for name in _names(contributed["names"])]
    in_parentheses = _outlet_byline(segment, outlet)
    if in_parentheses:
        return in_parentheses
    for role, pattern in _LABELLED:
        labelled = pattern.match(segment)
        if not labelled:
            continue
        if role == "photo":
            return [Credit("photo", name) for name in _photo_names(labelled["names"], outlet)]
        return [Credit(role, name) for name in _names(labelled["names"])]
    return []


def credit_line(line: str, outlet: str = "") -> list[Credit]:
    """Credits stated by one line on its own; empty when the line credits no one.

    ``outlet`` is the article's own outlet, so "Foto: OUTLET/NAME" credits NAME.
    """
    whole = _segment_credits(line.strip(), outlet)
    if whole:
        return whole
    segments = credit_segments(line)
    if len(segments) < 2:
        return _stamp_writer(line)
    return [credit for segment in segments for credit in _segment_credits(segment, outlet)] or _stamp_writer(
        line
    )


def _stamp_writer(line: str) -> list[Credit]:
    """The writer a date stamp names without a label: "Ana Lee • 24 January 2024 11:30"."""
    from kutip.index.ingest.dates import read_stamp  # dates reads names with this module

    stamp = read_stamp(line)
    return [Credit("author", stamp.writer)] if stamp and stamp.writer else []


def _linked_persons(lines: list[str]) -> list[Credit]:
    """People the related-article lines' headlines name ("Baca juga: ..."), credited as "linked"."""
    from kutip.index.entities.related import RELATED_LINE, related_persons  # the tagger: loaded on need

    if not any(RELATED_LINE.match(line) for line in lines):
        return []
    return [Credit("linked", name) for name in related_persons(lines)]


def _stacked_writers(lines: list[str]) -> list[Credit]:
    """Writers printed one a line between a date stamp and a desk line, with no label.

    "Kompas.com - 27/05/2019, 05:08 WIB" / "Ana Lee," / "Budi Santoso" / "Tim Redaksi": the
    names need both the stamp above and the desk line below to count, so a stray name-like
    line elsewhere in the furniture is never taken for a writer.
    """
    found: list[Credit] = []
    for start, line in enumerate(lines):
        if not _STAMP_LINE.search(line):
            continue
        names: list[str] = []
        for following in lines[start + 1 : start + 6]:
            name = following.strip().rstrip(",").strip()
            if _DESK_LINE.match(name):
                found.extend(Credit("writer", n) for n in names)
                break
            if not (looks_like_name(name) and len(name.split()) >= 2 and not is_outlet_name(name)):
                break
            names.append(name)
    return found


def _unshouted(credit: Credit) -> Credit:
    """ "ANA LEE" -> "Ana Lee": a photo credit in capitals names the person a caption writes in Title Case."""
    if credit.role != "photo" or not credit.name.isupper():  # a byline keeps the form the page prints
        return credit
    words = ["-".join(part.capitalize() for part in word.split("-")) for word in credit.name.split()]
    return Credit(credit.role, " ".join(words))


def credits_from_lines(lines: Iterable[str], outlet: str = "") -> list[Credit]:
    """Credits from boilerplate lines, including the bullet names under a ``Topik:`` header.

    Some sites print the story's editor as the first item of its topic list, so a
    person-like bullet there is credited as an editor. People named in related-article
    headlines ("Baca juga: ...") come last, with the role "linked".
    """
    lines = list(lines)
    credits: list[Credit] = _stacked_writers(lines)
    in_topics = False
    for line in lines:
        if TOPIC_HEADER.match(line.strip()):
            in_topics = True
            continue
        bullet = _BULLET.match(line)
        if in_topics and bullet:
            item = bullet["item"].strip()
            if looks_like_name(item) and len(item.split()) >= 2:
                credits.append(Credit("editor", item))
            continue
        in_topics = False
        credits.extend(credit_line(line, outlet))
    credits.extend(_linked_persons(lines))  # a "Baca juga" line credits no one, so no line counts twice
    # "By A" above the story and "Reporting by A" below it credit one writer once.
    # A caption repeated in capitals ("Foto: OUTLET/ANA LEE") credits one person, named in Title Case.
    writers = {c.name.casefold() for c in credits if c.role == "writer"}
    unique: dict[tuple[str, str], Credit] = {}
    for credit in (_unshouted(c) for c in credits):
        key = (credit.role, credit.name.casefold())
        if credit.role == "author" and key[1] in writers:
            continue
        kept = unique.get(key)
        if kept is None or (kept.name.isupper() and not credit.name.isupper()):
            unique[key] = credit
    return list(unique.values())
