"""People credited outside the story: bylines, editors, photographers.

These lines are boilerplate, yet users search for the people in them, so they
are read into :class:`Credit` records rather than thrown away.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from kutip.index.entities import lookup
from kutip.index.entities.lexicon import brand_word
from kutip.index.ingest.outlets import (
    has_outlet_word,
    is_agency_token,
    is_compound_outlet,
    is_outlet_name,
    is_titled_compound,
)
from kutip.index.ingest.site_endings import SITE_ENDING
from kutip.index.language import fold, folded_set, is_initials, words
from kutip.index.models import Credit, EntityType

__all__ = [
    "TOPIC_HEADER",
    "ClosingCredit",
    "closing_photo_credit",
    "closing_photo_credits",
    "credit_line",
    "credit_segments",
    "credits_from_lines",
    "is_contribution_note",
    "looks_like_name",
    "unshouted",
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
# "Editor: Tim Redaksi", "By Staff Writer", "Editor: Administrator": a desk, not a person
# (``data/language/credit_desks.txt``).
_DESKS = "language/credit_desks.txt"
# One line often holds several credits: "Penulis: A | Editor: B", "(Reporting by A; Editing by B)",
# "Oleh A · Kamis, 7 November 2024".
# "Rep: A/ Red: B": a slash before the next label also ends a credit.
_SEGMENT_BREAK = re.compile(
    r"\s+[|·•]\s+|\s*;\s*|\s*/\s*(?=(?:rep|red|editor|penulis|reporter|pewarta)\s*:)|\s+/\s+"
    # "Rep: A Red: B", "Penulis: A Editor: B": the next label after a name, with no mark between
    r"|(?<=[a-z])\s+(?=(?:rep|red|editor|penulis|reporter|pewarta|redaktur)\s*:)",
    re.I,
)
# A caption's credit without a label: "… Sleman,(12/5),Contoh.net/Rudi", "… -Contoh.id/Ana Sari-",
# "… Kamis (14/3/2024). Rudi Hartono/CONTOH.com".
_SITE_CREDIT = re.compile(
    r"[\s,(-]\s*[\w-]+\."
    + SITE_ENDING
    + r"\s*/\s*(?P<name>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s*-?\)?\s*$"
    r"|\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\.\s+(?P<before>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s*/\s*[A-Z]"
    # "- Fulan Badu/contoh.com" closing a caption or alone: a dash, the photographer, the site
    r"|(?:^|[.!?)]\s+)[-–—]\s*(?P<dashed>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,3})\s*/\s*[\w-]+\."
    + SITE_ENDING
    + r"\s*$"
)
# "Associated Press writer Ana Lee in Oslo contributed to this report."
_CONTRIBUTED = re.compile(
    r"^(?:.*?\b(?:writers?|reporters?|correspondents?|journalists?)\s+)?(?P<names>[A-Z].*?)"
    r"\s+contributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article|reporting)\.?$"
)

# Labelled credit lines: "Penulis: X", "Editor: X", "By X", "Foto: X/AGENCY".
_ROLE_LABELS = (
    ("contributor", r"additional reporting by|laporan tambahan oleh"),
    ("translator", r"translator|translated by|penerjemah|alih bahasa"),
    (
        "writer",
        r"laporan (?:wartawan|reporter|koresponden|kontributor)|penulis|reporter|pewarta|kontributor|writer"
        r"|written by|writing by|reporting by|reported by"
        # "Ditulis oleh Fulan", "Artikel ini ditulis oleh:": the Indonesian "written by"
        r"|(?:(?:artikel|berita|tulisan) ini\s+)?ditulis oleh"
        r"|rep(?=\s*:)"  # Republika-style "Rep: A/ Red: B"
        r"|laporan oleh"  # "Laporan oleh Fulan": the Indonesian "reported by"
        r"|laporan(?=\s*:)",  # "LAPORAN: NAME" in a stamp line
    ),
    ("editor", r"editor|redaktur|penyunting|editing by|edited by|editor by|red(?=\s*:)"),
    ("photo", r"foto|photo|image|fotografer|photographer|photos? by|foto oleh"),
    ("author", r"by|oleh|author|byline"),
)
_ANY_LABEL = "|".join(labels for _, labels in _ROLE_LABELS)
# "EditorFulan Hidayat": a page that sets the label and the name in two boxes loses the space between
_GLUED_LABEL = r"(?-i:(?<=[a-z])(?=[A-Z][a-z]))"
# "Redaktur & Reporter : NAME": one person credited with two roles; the first role names them.
_LABELLED = [
    (
        role,
        re.compile(
            rf"^(?:{labels})(?:\s*(?:&|/|,|\bdan\b|\band\b)\s*(?:{_ANY_LABEL}))*(?:\s*:\s*|\s+|{_GLUED_LABEL})"
            r"(?P<names>[^:]{2,120})$",
            re.I,
        ),
    )
    for role, labels in _ROLE_LABELS
]
# A bullet or a dash before a label ("- by Fulan", "• Editor Fulan"): the label still opens the credit.
_BULLETED_LABEL = re.compile(rf"^[-–—•·▪●◦*]\s*(?=(?:{_ANY_LABEL})\b)", re.I)
# "oleh NAME diperbarui 14 Des 2023, 19:02 WIB": the byline runs on into the page's update stamp.
# "Oleh NAME pada hari Senin, 18 Mei 2015 - 19:11 WIB": or into the day it was posted.
_STAMP_AFTER_NAMES = re.compile(
    r"\s+(?:diperbarui|diterbitkan|dipublikasikan|updated|published|posted|pada)\b(?=.*\d).*$", re.I
)
# "NAME - detikNews": the writer, a dash, and the outlet the page belongs to.
_DASH_OUTLET = re.compile(r"^(?P<names>[^-–—|:]{3,80}?)\s+[-–—]\s+(?P<outlet>[^\s–—-]+(?:\s[^\s–—-]+)?)$")
# "NAME, CNBC Indonesia": one writer, a comma and the outlet (listed, or the page's own).
_COMMA_OUTLET = re.compile(r"^(?P<names>[^-–—|:,]{3,80}?),\s+(?P<outlet>[^\s,–—-]+(?:\s[^\s,–—-]+)?)$")
# A bulleted byline: "• A and B".
_BULLET_MARK = re.compile(r"^[•·▪●◦*]\s*")
_BARE_WRITERS_MIN = 3  # names on an unbulleted, unlabelled byline line
_LONE_NAME_MAX = 60
_GLUED_NAMES = re.compile(r"[a-z]{2}[A-Z][a-z]{2}")
_SHOUTED_NAME_MIN = 6  # "PURWANTO" after an outlet is a name; "BNPB", "KEMLU" are bodies
_PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "der", "da", "al", "el", "dos", "la"})
# A photo credit naming its source first: "(TEMPO/NAME)", "[Agency/Name/via Wire]" closing a caption,
# "… 2019. OUTLET/Name" after its last sentence, or a line that is only "OUTLET / NAME" ("- OUTLET/NAME",
# the dash some sites open a caption's credit line with).
_SOURCE_SLASH = re.compile(
    r"[(\[](?P<credit>[^()\[\]/]{2,30}(?:/[^()\[\]/]{1,40}){1,3})[)\]]\s*\.?\s*$"
    r"|(?:^(?:[-–—]\s*)?|[.!?)]\s+|(?<=\d\)\.))"  # "... Senin (10/6/2024).ANTARA FOTO/...": no space
    # the photographer's initial keeps its full stop: "ANTARA FOTO/Fulan Badu S./abc."
    r"(?P<credit2>[A-Z](?:[\w&' ]|\.(?!\s)){1,30}?\s*/\s*"
    r"[A-Za-z](?:[^/.()]|(?<=\s[A-Z])\.){1,40}(?:/[a-z]{2,4})?)\s*\.?\s*$"
)
# "Ana Lee (The Jakarta Post)": a byline with the outlet in parentheses after the names.
_OUTLET_BYLINE = re.compile(r"^(?P<names>[^():]{2,120}?)\s*\((?P<outlet>[^()]{2,60})\)$")
_VERIFIED_WRITER = re.compile(r"^(?P<name>.+?)\s+(?:Photo\s+)?Verified Writer\b(?:\s+(?P=name))?\s*$", re.I)
# The labels a photographer's credit opens with (data/ingest_photo_labels.txt): one list for every reader of
# a closing credit.
_PHOTO_LABELS = (
    "(?:"
    + "|".join(map(re.escape, sorted(folded_set("ingest_photo_labels.txt"), key=len, reverse=True)))
    + ")"
)
# A caption's trailing credit after its sentence: "Siswa antre vaksin. Foto: NAME/OUTLET" ("Foto/NAME/..."),
# or after a slash closing the caption ("Kepala Dinas Fulan/Foto: NAME").
# "… closing sentence. ST PHOTO: NAME": an outlet's short name may stand before the label.
_PHOTO_TRAILING = re.compile(
    rf"(?:^|[.!?]\s+\(?|/\s*)(?P<label>(?:[A-Z][A-Z0-9]{{1,5}}\s+)?{_PHOTO_LABELS})\s*[:/]\s*"
    r"(?P<credit>[^():.]{2,80}?)"
    # "Foto: NAME contoh.net", "Foto: NAME/Contoh.com": the site after the name
    r"(?:\s+[a-z][\w-]*(?:\.[a-z]{2,4}){1,2}|\s*/\s*[\w-]+(?:\.[a-z]{2,4}){1,2})?\)?$",
    re.I,
)
_PHOTO_PAREN = re.compile(
    rf"\((?:{_PHOTO_LABELS}\s+by\s+|{_PHOTO_LABELS}\s*:\s*)(?P<credit>[^)]+)\)\s*$"
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
    if not text or len(text) > 60 or not _NAME.fullmatch(text) or text.endswith("."):
        return False
    if any(c.isdigit() for c in text):
        return False  # "HO-MCH2022", "Foto 2": a code or a number, never a person's name
    return not any(_full_stop(word) for word in text.split()[:-1])


def _full_stop(word: str) -> bool:
    """A word whose dot ends a sentence inside the text: no initial ("M.", "D.W.") nor a word written
    short ("Moh.", "Dr."). A caption run on into the page's next line ("Foto Fulan Politikus Partai
    Contoh. Perbesar") is no name."""
    if not word.endswith(".") or is_initials(word) or is_initials(word.rstrip(".")):
        return False
    folded = fold(word.rstrip("."))
    return folded not in folded_set("language/name_abbreviations.txt") and folded not in folded_set(
        "language/abbreviations.txt"
    )


def _names(text: str) -> list[str]:
    parts = [_FILED_FROM.sub("", p.strip()) for p in _NAME_SEPARATORS.split(text.strip()) if p.strip()]
    parts = [_without_full_stop(p) for p in parts]
    if any(_GLUED_NAMES.search(p) and not is_outlet_name(p) for p in parts):
        return []  # "Ana LeeBudi Santoso": several bylines run together; no single name can be cut out
    parts = [p for p in parts if not _ROLE_PREFIX.match(p) and not _desk(p)]
    if not parts or not all(looks_like_name(p) for p in parts):
        return []
    # "By Jane Doe, Associated Press": the outlet is not a person; nor is an acronym ("Photo: MOFA").
    return [
        p
        for p in parts
        if not is_outlet_name(p) and not _desk_or_place(p) and not _acronym(p) and not _button(p)
    ]


def _button(part: str) -> bool:
    """ "Bagikan", "Share": a page's button left where a label's name is missing ("Editor:" / "Bagikan")."""
    navigation = folded_set("language/navigation.txt")
    return all(fold(w) in navigation for w in words(part))


def _desk(part: str) -> bool:
    """ "Tim Redaksi", "Staff Writer", "Administrator", "Tim News": a desk or a site's account credited.

    A team word makes a desk only of an outlet after it ("Tim Contohnews"), so "Tim Baker" stays a person.
    """
    folded = [fold(word) for word in words(part)]
    if any(word in folded_set(_DESKS, "words") for word in folded):
        return True
    rest = " ".join(part.split()[1:])
    return bool(folded) and folded[0] in folded_set(_DESKS, "team") and bool(rest) and _outlet_like(rest)


def _outlet_like(text: str) -> bool:
    """An outlet's name, listed or built as outlets build theirs ("Contoh News", "Contohnews")."""
    text = text.strip()
    return (
        is_outlet_name(text) or has_outlet_word(text) or is_compound_outlet(text) or is_titled_compound(text)
    )


def _without_full_stop(part: str) -> str:
    """ "Editor: Fulan." -> "Fulan": a line's full stop after a name, not an initial's ("Fulan A.")."""
    words = part.split()
    return part[:-1] if part.endswith(".") and words and len(words[-1]) > 3 else part


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


def _dash_outlet(segment: str, outlet: str) -> list[Credit]:
    """The writer of "Ana Lee - detikNews" or "Ana Lee, Contoh TV": a full name, a dash or a comma, and an
    outlet's name."""
    match = _DASH_OUTLET.match(segment.strip()) or _one_name_comma_outlet(segment.strip())
    if not match or len(match["names"].split()) < 2:
        return []
    named = match["outlet"].strip()
    if not (is_outlet_name(named) or (outlet and named.casefold() == outlet.strip().casefold())):
        return []
    names = _BY.sub("", match["names"])  # "BY ANA LEE – Contoh Press": the label in capitals too
    return [Credit("author", name) for name in _names(names)]


_BY = re.compile(r"^(?:by|oleh)\s+(?=\S)", re.I)


def _one_name_comma_outlet(segment: str) -> re.Match[str] | None:
    """ "Ana Lee, CNBC Contoh": one name alone before the comma ("By A and B, Agency" is read by its
    label)."""
    match = _COMMA_OUTLET.match(segment)
    if not match or not looks_like_name(match["names"]) or _NAME_SEPARATORS.search(match["names"]):
        return None
    return None if re.match(rf"(?:{_ANY_LABEL})\b", match["names"], re.I) else match


def _photo_names(credit: str, outlet: str = "", sourced: bool = False) -> list[str]:
    """The person in "NAME / POOL / AFP", "AGENCY/NAME/initials" or "OUTLET/NAME".

    The article's own outlet is no person, though it is in no outlet list. One word in capitals is
    an acronym ("Photo: MOFA") unless an outlet opened the credit (``sourced``): "TRIBUN/PURWANTO"
    names a photographer known by one name, as many Indonesians are.
    """
    own = outlet.strip().casefold()
    people = [
        _initial_stop(part.strip())
        for part in credit.split("/")
        if not is_agency_token(part)
        and not _PICTURE_AGENCY.fullmatch(part.strip())
        and not (own and part.strip().casefold() == own)
        and not _picture_source(part)
        and not _outlet_like(part)  # "The Jakarta Post/Asia News Network", "Foto: Contohnews/X"
    ]
    if not people or not looks_like_name(people[0]) or _glued_office(people[0]):
        return []  # "Foto: Kemensesneg": a ministry's glued short name credits the ministry
    shouted_name = sourced and len(people[0]) >= _SHOUTED_NAME_MIN
    return [people[0]] if shouted_name or not _acronym(people[0]) else []


def _glued_office(name: str) -> bool:
    """A ministry's or an office's glued short name ("Kemensesneg", "Dirjenpas"): no photographer."""
    from kutip.index.entities.lexicon import body_word  # the gazetteer: loaded on need
    from kutip.index.entities.office_compounds import office_compound

    return office_compound(name) or body_word(name)


def _initial_stop(part: str) -> str:
    """ "Fulan Badu S." -> "Fulan Badu S": a photographer's closing initial written with its full stop."""
    written = part.split()
    last = written[-1] if written else ""
    initial = len(written) > 1 and len(last) == 2 and last[0].isupper() and last[1] == "."
    return part[:-1] if initial else part


# "ANTARA FOTO/HO-Humas Contoh", "ANTARA/HO": a handout, the picture an institution gave out
_HANDOUT = re.compile(r"(?:HO|HANDOUT)(?:\s*-|\s*$)|Handout\b")


def _picture_source(part: str) -> bool:
    """ "Dok. Kementerian", "Instagram", "@akun", "via Kantor", "HO-Humas": where a picture came from, no
    person."""
    part = part.strip()
    if part.startswith("@") or part.casefold().startswith("via ") or _HANDOUT.match(part):
        return True
    first = re.split(r"[\s.:]+", part, maxsplit=1)[0]
    return fold(first) in folded_set("language/credit_sources.txt")


def _is_source(first: str) -> bool:
    """The opening part of "TEMPO/NAME", "ANTARA FOTO/NAME/abc": an outlet or a picture agency."""
    if not first[:1].isupper():
        return False  # "abc/Fulan": an editor's initials are no source
    return is_agency_token(first) or bool(_PICTURE_AGENCY.fullmatch(first)) or _outlet_like(first)


def _source_slash_credit(segment: str, outlet: str) -> list[Credit]:
    """The photographer of a caption's closing "(OUTLET/NAME)", "[Agency/Name/via Wire]", "… 2019.
    OUTLET/Name", or of a line that is only "OUTLET/NAME": the outlet or agency vouches for the name."""
    match = _SOURCE_SLASH.search(segment)
    if not match:
        return []
    credit = (match["credit"] or match["credit2"]).strip().rstrip(".")
    source = credit.split("/", 1)[0].strip()
    if not (_is_source(source) or (outlet and source.casefold() == outlet.strip().casefold())):
        return []
    return [Credit("photo", name) for name in _photo_names(credit, outlet, sourced=True)]


@dataclass(frozen=True, slots=True)
class ClosingCredit:
    """The photographers a caption's closing credit names, and where in the line the credit starts: its
    bracket, its label ("Foto:") or the agency before the label ("KABAR FOTO:"), or its source
    ("KABAR/Ana Lee"). What a caption says before ``start`` is the caption's own."""

    credits: tuple[Credit, ...]
    start: int


def closing_photo_credit(line: str) -> ClosingCredit | None:
    """The photographer a caption names at its end ("… 2017. (OUTLET/NAME)", "… PHOTO: NAME") and where
    that credit starts; None when the line closes on no credit naming a photographer ("… (10/5/2031)").

    For captions left inside a story's text, where no line-level credit reading reaches them.
    """
    offset = len(line) - len(line.lstrip())
    line = line.strip()
    photo = _PHOTO_PAREN.search(line) or _PHOTO_TRAILING.search(line)
    if photo:
        groups = photo.groupdict()
        names = _photo_names(groups.get("credit") or groups.get("after") or "")
        start = photo.start("label") if groups.get("label") else photo.start()
        return (
            ClosingCredit(tuple(Credit("photo", name) for name in names), offset + start) if names else None
        )
    sourced = _SOURCE_SLASH.search(line)
    if sourced is None:
        return None
    start = sourced.start() if sourced["credit"] else sourced.start("credit2")
    credits = tuple(_source_slash_credit(line, ""))
    return ClosingCredit(credits, offset + start) if credits else None


def closing_photo_credits(line: str) -> list[Credit]:
    """The photographers :func:`closing_photo_credit` reads closing a caption ([] when none)."""
    found = closing_photo_credit(line)
    return list(found.credits) if found else []


def _plain_name(part: str) -> bool:
    """A name of two to five capitalised words, not all of them everyday words ("Video Lainnya" is not one),
    none a listed common, navigation or English function word ("Reading Time", "Terkini Lainnya")."""
    from kutip.index.entities.dictionary import is_plain_word  # the entities package reads ingest's outlets
    from kutip.index.entities.features import first_names
    from kutip.index.entities.lexicon import lexicon

    words = part.split(" ")
    if not 2 <= len(words) <= 5 or len(set(words)) < len(words) or not looks_like_name(part):
        return False  # "A  A  A Pengaturan Font": repeated or spaced-out letters are a widget
    if not part.isupper() and any(_acronym(word) for word in words):
        return False  # "CONTOH Banner", "BPBD Kota": a body's acronym among written words, no one's name
    if is_outlet_name(part) or has_outlet_word(part) or _desk_or_place(part) or names_body_or_office(part):
        return False  # "Media Network"
    common = (
        lexicon().common
        | folded_set("language/navigation.txt")
        | folded_set("language/english_non_names.txt")
    )
    english = folded_set("stopwords_en.txt")
    plain = 0
    for word in words:
        folded = fold(word.strip(".,"))
        if folded in _PARTICLES or (len(folded) == 1 and word[:1].isupper()):  # "bin", "da", an initial "A."
            continue
        shortened = word.endswith(".") and folded in folded_set("language/name_abbreviations.txt")  # "Moh."
        if (
            not word[:1].isupper()
            or (word.endswith(".") and not shortened)
            or folded in common
            or folded in english
        ):
            return False  # "ILUSTRASI. Contoh": a label and its sentence
        plain += is_plain_word(folded) and folded not in first_names()
    return plain < len(words)  # "Bambang" is also a word, but "Berita Terkini" is nothing else


def _listed_writers(segment: str) -> list[Credit]:
    """ "• A and B", "A, B, C & D": full names joined as a byline joins them, bulleted or three and more.

    Two bare names ("Ana Lee and Budi Santoso") are as likely a headline or a caption naming two
    people; taking that for a byline would drop the title. A bare list of three or more names and
    nothing else is a wire story's writers.
    """
    segment = segment.strip()
    bulleted = bool(_BULLET_MARK.match(segment))
    segment = _BULLET_MARK.sub("", segment)
    if not re.search(r"\s(?:and|&|dan)\s", segment):
        return []
    parts = [p.strip() for p in _NAME_SEPARATORS.split(segment) if p.strip()]
    if len(parts) < (2 if bulleted else _BARE_WRITERS_MIN) or not all(_plain_name(p) for p in parts):
        return []
    return [Credit("author", p) for p in parts]


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
    # "… (date). ANTARA FOTO/Name", "… (date). Contohnews/Name" open with an agency or an outlet, not
    # a name: read below, as a sourced credit
    if site and site["before"]:
        named = _source_before_name(site["before"], segment[site.end() - 1 :])
        if named is not None:
            return named
    if site and not (site["before"] and (is_agency_token(site["before"]) or _outlet_like(site["before"]))):
        name = (site["name"] or site["before"] or site["dashed"] or "").strip(" -.")
        if site["dashed"] and not _plain_name(name):
            return []  # "- Foto Istimewa/contoh.com", "- Berita Terkini/...": no one's name before the site
        return [Credit("photo", name)] if looks_like_name(name) and not is_outlet_name(name) else []
    caption = _CAPTION_CREDIT.search(segment)
    if caption and is_agency_token(caption["site"]) and not is_outlet_name(caption["name"]):
        return [Credit("photo", caption["name"])]
    photo = _PHOTO_PAREN.search(segment) or _PHOTO_TRAILING.search(segment)
    if photo:
        groups = photo.groupdict()
        text = groups.get("credit") or groups.get("after") or ""
        return [Credit("photo", name) for name in _photo_names(text, outlet)]
    sourced = _source_slash_credit(segment, outlet)
    if sourced:
        return sourced
    contributed = _CONTRIBUTED.match(segment)
    if contributed:
        return [Credit("contributor", name) for name in _names(contributed["names"])]
    in_parentheses = _outlet_byline(segment, outlet)
    if in_parentheses:
        return in_parentheses
    dashed = _dash_outlet(segment, outlet)
    if dashed:
        return dashed
    listed = _listed_writers(segment)
    if listed:
        return listed
    unstamped = _STAMP_AFTER_NAMES.sub("", segment)
    for role, pattern in _LABELLED:
        labelled = pattern.match(unstamped)
        if not labelled:
            continue
        if role == "photo":
            return [Credit("photo", name) for name in _photo_names(labelled["names"], outlet)]
        names = _names(labelled["names"])
        if not names and role in _LOWER_ROLES:
            names = _lower_names(labelled["names"])
        return [Credit(role, name) for name in names]
    return []


def _source_before_name(before: str, after: str) -> list[Credit] | None:
    """The photographer of "… (date). SOURCE/Name Name" where the source is one word no outlet list
    holds ("Contohbisnis/Fulan B Badu") or an outlet's initials ("CB/ FULAN"), or None to read the credit
    as "Name/SOURCE".

    One word before the slash and a full name after it put the source first, as captions do; two capitals
    alone name no one, so an outlet's initials credit the name after them only when it is a full name.
    """
    after = after.strip().rstrip(".").strip(" -)")
    if len(before.split()) != 1:
        return None
    initials = before.isupper() and len(before) <= _INITIALS_MAX
    if _plain_name(after) and not _outlet_like(after):
        return [Credit("photo", after)]
    return [] if initials else None


_INITIALS_MAX = 2  # "SP", "KR": an outlet's initials, never a person's name
_LOWER_ROLES = frozenset({"writer", "editor"})
_LOWER_NAME = re.compile(r"[A-Za-z][a-z'’]+(?:\s+[A-Za-z][a-z'’]+){0,3}")


def _lower_names(text: str) -> list[str]:
    """Names a page writes in lower case after a writer's or an editor's label ("Penulis: fulan Hidayat",
    "Editor: sulastri"): the label vouches for them; desks, outlets, page furniture and function words
    are still no one."""
    from kutip.index.entities.lexicon import lexicon

    skip = lexicon().common | folded_set("language/navigation.txt") | folded_set("stopwords_id.txt")
    skip |= folded_set("stopwords_en.txt") | folded_set("language/english_non_names.txt")
    skip |= frozenset(_ROLE_BELOW)
    found: list[str] = []
    for part in (p.strip() for p in _NAME_SEPARATORS.split(_without_full_stop(text.strip())) if p.strip()):
        if _outlet_like(part) or is_outlet_name(part):
            continue  # "Laporan Wartawan Contoh Jateng, fulan Hidayat": the desk's outlet first
        if not _LOWER_NAME.fullmatch(part) or _desk(part) or any(fold(w) in skip for w in part.split()):
            return []
        found.append(part)
    return found


def credit_line(line: str, outlet: str = "") -> list[Credit]:
    """Credits stated by one line on its own; empty when the line credits no one.

    ``outlet`` is the article's own outlet, so "Foto: OUTLET/NAME" credits NAME.
    """
    line = _BULLETED_LABEL.sub("", line.strip())  # "- by Fulan", "- Editor Fulan": a list of the page's facts
    whole = _segment_credits(line.strip(), outlet)
    if whole:
        return whole
    segments = credit_segments(line)
    if len(segments) < 2:
        return _stamp_writer(line)
    return (
        [credit for segment in segments for credit in _segment_credits(segment, outlet)]
        or _desk_and_writer(segments)
        or _stamp_writer(line)
    )


def _desk_and_writer(segments: list[str]) -> list[Credit]:
    """The writer of "Redaksi Contoh.com / Fulan Hidayat | CONTOH.COM": a desk, one full name and
    nothing else but outlets, parted by slashes or bars. The desk beside it vouches for the name as its
    writer; a lone name among other parts (a menu, a headline's words) is no credit."""
    desks = [part for part in segments if _desk(part)]
    rest = [part for part in segments if part not in desks]
    people = [part for part in rest if not _outlet_like(part)]
    if not desks or len(people) != 1 or not _plain_name(people[0]):
        return []
    return [Credit("writer", people[0])]


def _stamp_writer(line: str) -> list[Credit]:
    """The writer a date stamp names without a label: "Ana Lee • 24 January 2024 11:30"."""
    from kutip.index.ingest.dates import read_stamp  # dates reads names with this module

    stamp = read_stamp(line)
    if stamp and stamp.writer:
        return [Credit("author", stamp.writer)]
    yearless = _yearless_stamp().match(line.strip())
    return [Credit("author", yearless["name"])] if yearless and _plain_name(yearless["name"]) else []


@cache
def _yearless_stamp() -> re.Pattern[str]:
    """ "Ana Lee | April 18, 11:48 am", "Ana Lee | 18 April 11:48": the byline template of "Name | date"
    with the year left out. The name is the writer; the stamp dates nothing (the year would be a guess).
    Built on first use: dates reads names with this module."""
    from kutip.index.ingest.dates import MONTH_NAMES

    month = rf"(?:{MONTH_NAMES})\.?"
    return re.compile(
        rf"^(?P<name>[A-Z][^|]{{2,58}}?)\s*\|\s*(?:{month}\s+\d{{1,2}}|\d{{1,2}}\s+{month}),?"
        r"\s+\d{1,2}[.:]\d{2}(?:\s*(?:[ap]\.?m\.?|WIB|WITA|WIT))?$",
        re.I,
    )


def _linked_persons(lines: list[str]) -> list[Credit]:
    """People the related-article lines' headlines name ("Baca juga: ..."), credited as "linked"."""
    from kutip.index.entities.related import headline_names, related_headlines  # the tagger: loaded on need

    headlines = related_headlines(lines)
    return [Credit("linked", name) for name in headline_names(headlines)] if headlines else []


def _pictured_persons(lines: list[str]) -> list[Credit]:
    """People a photo caption names ("Menteri Fulan (kiri) ..."), credited as "pictured": the caption
    is furniture, so the story's recognition never reads them."""
    from kutip.index.entities.pictured import pictured_persons  # the tagger: loaded on need

    return [Credit("pictured", name) for name in pictured_persons(lines)]


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
            name = _stacked_name(following)
            if _DESK_LINE.match(name):
                found.extend(Credit("writer", n) for n in names)
                break
            if not (looks_like_name(name) and _stacked_words(name) and not is_outlet_name(name)):
                break
            names.append(name)
    return found


def _stacked_name(line: str) -> str:
    """The name on a stacked writer's line: "Ana Lee,", "Budi ,", or the name after a contributor's
    place ("Kontributor Contoh TV Kota, Ana Lee,")."""
    name = line.strip().rstrip(",").strip()
    parts = [part.strip() for part in name.split(",")]
    if len(parts) > 1 and _ROLE_BELOW.get(fold(parts[0].split(" ")[0])) is not None:
        return parts[-1]
    return name


def _stacked_words(name: str) -> bool:
    """Two words or more, or one name word ("Krisiandi"): many Indonesians have one name, and the
    stamp above and the desk line below already vouch for the line; an everyday word does not count."""
    if len(name.split()) >= 2:
        return True
    from kutip.index.entities.dictionary import is_plain_word  # the entities package reads ingest's outlets
    from kutip.index.entities.features import first_names

    folded = fold(name)
    return len(folded) >= 4 and name[1:].islower() and (folded in first_names() or not is_plain_word(folded))


# The role a site prints on the line below an unlabelled name ("Fulan Hidayat" / "Penulis").
_ROLE_BELOW = {
    "penulis": "writer",
    "reporter": "writer",
    "wartawan": "writer",
    "jurnalis": "writer",
    "kontributor": "writer",
    "writer": "writer",
    "journalist": "writer",
    "editor": "editor",
    "penyunting": "editor",
    "redaktur": "editor",
}


_EDITOR_LABEL = re.compile(r"(?:editor|penyunting|redaktur)\s*:\s*\S", re.I)


def _outlet_line(line: str) -> bool:
    """A line naming only outlets: "The Contoh Post", "The Contoh Post/Asia News Network"."""
    parts = [part.strip() for part in line.split("/")]
    listed = any(is_outlet_name(part) for part in parts)  # "Berita Terkini" has an outlet's word, no outlet
    return listed and all(part and (is_outlet_name(part) or has_outlet_word(part)) for part in parts)


# "Ana Lee |": a byline template whose part after the bar (a date, an editor) the page left empty.
_OPEN_BAR = re.compile(r"^(?P<name>[A-Z][^|]{2,58}?)\s*\|$")


# "Ana Lee, Jurnalis", "Ana Lee | Contoh News", "Ana Lee - Contoh Tribune": a name, a separator, then the
# writer's role or outlet and nothing else
_SIGNED = re.compile(r"^(?P<name>[A-Z][^,|]{2,58}?)\s*(?:,|\||\s[-–]\s)\s*(?P<rest>[A-Za-z][\w. ]{1,40})$")
_SIGNED_REST_WORDS = 4  # an outlet's name, not a sentence
_OUTLET_WORDS_MIN = 2  # "Bali Tribune": an unlisted outlet is a place or name and its outlet word
_PAIRED = re.compile(r"\s+(?:&|dan|and)\s+")


def _signed_byline(line: str) -> str:
    """The writer's name of a byline that signs with its role or outlet after a separator, else ""."""
    signed = _SIGNED.match(line)
    if signed is None or not _signed_name(name := signed["name"].strip()):
        return ""
    rest = signed["rest"].strip()
    if fold(rest) in folded_set("language/byline_cues.txt"):
        return name  # "Jurnalis": the role vouches for a name holding an everyday word ("Fulan Akhir")
    outlet = is_outlet_name(rest) or (has_outlet_word(rest) and len(rest.split()) >= _OUTLET_WORDS_MIN)
    if len(rest.split()) <= _SIGNED_REST_WORDS and outlet and _plain_name(name):
        return name  # "- Berita" is a site's label: an outlet's word alone, after a headline
    return ""


def _signed_name(name: str) -> bool:
    """A name the signature vouches for: two to five capitalised words opening with no everyday word or
    title (a later word may be one: "Fulan Jumadil Akhir"), no outlet, desk or place."""
    from kutip.index.entities.lexicon import lexicon  # the entities package reads ingest's outlets

    written = name.split()
    first = fold(written[0]) if written else ""
    if not 2 <= len(written) <= 5 or not looks_like_name(name) or first in lexicon().common:
        return False
    if first in lexicon().title_starts:  # "Presiden Fulan, Contoh.com": a caption's subject, not its writer
        return False
    return not (is_outlet_name(name) or has_outlet_word(name) or _desk_or_place(name))


def _paired_writers(line: str) -> list[str]:
    """ "Ana Lee & Budi Santoso": two full names and nothing else, else []."""
    parts = _PAIRED.split(line)
    return parts if len(parts) == 2 and all(_plain_name(part) for part in parts) else []


def _lone_bylines(lines: list[str]) -> list[Credit]:
    """A full name alone on its line, right above its role ("Penulis", "Editor") or its outlet, or right
    beside the page's date stamp ("20 Oktober 2024 12:00"): how many sites print a writer without a label.

    The neighbouring line is the evidence; the name must be two to five words, none an everyday word.
    """
    from kutip.index.ingest.dates import read_stamp  # dates reads names with this module

    found: list[Credit] = []
    for index, line in enumerate(lines):
        name = line.strip()  # "Ana Lee," opens a stack of writers: only a desk line below vouches for it
        shared = _shared_byline(lines, index)
        if shared:
            found.extend(Credit("writer", part) for part in shared)
            continue
        barred = _OPEN_BAR.match(name)
        if barred and _plain_name(barred["name"]):  # "Ana Lee |": the byline's second half left empty
            found.append(Credit("writer", barred["name"]))
            continue
        signed = _signed_byline(name)
        if signed:  # "Ana Lee, Jurnalis", "Ana Lee | Contoh News": the byline names its own role or outlet
            found.append(Credit("writer", signed))
            continue
        below = lines[index + 1].strip() if index + 1 < len(lines) else ""
        above = lines[index - 1].strip() if index > 0 else ""
        paired = _paired_writers(name)
        if paired and any(read_stamp(beside) is not None for beside in (above, below) if beside):
            found.extend(Credit("writer", part) for part in paired)  # "Ana Lee & Budi Santoso" by the stamp
            continue
        if not name[:1].isupper() or len(name) > _LONE_NAME_MAX or not _plain_name(name):
            continue
        role = _ROLE_BELOW.get(below.casefold())
        if role is None and any(read_stamp(beside) is not None for beside in (above, below) if beside):
            role = "writer"
        if role is None and below and _outlet_line(below):
            role = "writer"  # "Ana Lee" / "The Contoh Post/Asia News Network"
        if role is None and _EDITOR_LABEL.match(below):
            role = "writer"  # "Ana Lee" / "Editor: Budi Santoso": the writer above the labelled editor
        if role is not None:
            found.append(Credit(role, name))
    return found


def _shared_byline(lines: list[str], index: int) -> list[str]:
    """ "Ana Lee | Budi Santoso" beside the date stamp: writers sharing one line, split by bars, else []."""
    from kutip.index.ingest.dates import read_stamp  # dates reads names with this module

    parts = [part.strip() for part in lines[index].split("|")]
    if len(parts) < 2 or not all(_plain_name(part) for part in parts):
        return []
    beside = [lines[k].strip() for k in (index - 1, index + 1) if 0 <= k < len(lines)]
    return parts if any(read_stamp(line) is not None for line in beside if line) else []


def unshouted(name: str) -> str:
    """ "ANA LEE" -> "Ana Lee", "ANA LEE-SARI" -> "Ana Lee-Sari": a name credited in capitals, as
    prose writes that person; a name not all in capitals is kept as written."""
    if not name.isupper():
        return name
    return " ".join("-".join(part.capitalize() for part in word.split("-")) for word in name.split())


def _unshouted(credit: Credit) -> Credit:
    """A photo credit in capitals names the person a caption writes in Title Case."""
    if credit.role != "photo":  # a byline keeps the form the page prints
        return credit
    return Credit(credit.role, unshouted(credit.name))


# a writer's or an editor's label only: "Foto:" alone opens a caption as often as a credit
_LABEL_ALONE = re.compile(
    "^(?:" + "|".join(labels for role, labels in _ROLE_LABELS if role in ("writer", "editor")) + r")\s*:$",
    re.I,
)


def _joined_labels(lines: list[str]) -> list[str]:
    """ "Artikel ini ditulis oleh:" / "Fulan": a label closed by its colon on one line and the name on the
    next, read as one credit line. Only a line that looks like a name is joined; a button or a sentence
    after the label (a page's button: "Halaman Selanjutnya") is left alone."""
    joined: list[str] = []
    for line in lines:
        if joined and _LABEL_ALONE.match(joined[-1].strip()) and _name_alone(line.strip()):
            joined[-1] = f"{joined[-1].strip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


def _name_alone(line: str) -> bool:
    """A line that is only a person's name: two to five name words, or one unlisted name word ("Fulan");
    no button, menu or everyday word ("Bagikan", "Halaman Selanjutnya")."""
    if _button(line) or not looks_like_name(line):
        return False
    return _plain_name(line) if " " in line else _stacked_words(line)


# "![Warga antre di Kota, Senin (1/2/2024). [Contoh/Ana Lee]](https://…/foto.jpg)": a picture in Markdown,
# its alt text the caption that carries the credit
_MARKDOWN_PICTURE = re.compile(r"^\s*!\[(?P<alt>(?:[^\[\]]|\[[^\[\]]*\])*)\]\([^()\s]*\)\s*\|?\s*$")


def _alt_text(line: str) -> str:
    """A Markdown picture's caption (its alt text), so its closing credit reads as a caption's; any
    other line as it is."""
    picture = _MARKDOWN_PICTURE.match(line)
    return picture["alt"] if picture else line


def credits_from_lines(lines: Iterable[str], outlet: str = "") -> list[Credit]:
    """Credits from boilerplate lines, including the bullet names under a ``Topik:`` header.

    Some sites print the story's editor as the first item of its topic list, so a
    person-like bullet there is credited as an editor. People named in related-article
    headlines ("Baca juga: ...") come last, with the role "linked".
    """
    lines = _joined_labels([_alt_text(line) for line in lines if line.strip()])
    credits: list[Credit] = _stacked_writers(lines) + _lone_bylines(lines)
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
    credits.extend(_pictured_persons(lines))  # after the photographers, so a caption's credit stays theirs
    # "By A" above the story and "Reporting by A" below it credit one writer once; a writer's own
    # photograph credits no second person.
    # A caption repeated in capitals ("Foto: OUTLET/ANA LEE") credits one person, named in Title Case.
    writers = {c.name.casefold() for c in credits if c.role == "writer"}
    unique: dict[tuple[str, str], Credit] = {}
    named = {c.name.casefold() for c in credits if c.role != "photo"}
    for credit in (_unshouted(c) for c in credits):
        key = (credit.role, credit.name.casefold())
        if credit.role == "author" and key[1] in writers:
            continue
        if credit.role == "photo" and key[1] in named:
            continue  # "Oleh: Ana Lee" and "Contoh.id/Ana Lee": the writer took the picture too
        kept = unique.get(key)
        if kept is None or (kept.name.isupper() and not credit.name.isupper()):
            unique[key] = credit
    unglued = [c for c in map(_unglued, unique.values()) if c is not None]
    # a related headline's names come from the headline reader, which weighs offices itself
    people = [c for c in unglued if c.role in _READ_NAMES or not names_body_or_office(c.name)]
    return _one_per_person([c for c in people if not _english_label(c) and not _SITE_IN_NAME.search(c.name)])


# "Pixel Contohnews.com", "Foto Contoh.id": a site's address is in no one's name
_SITE_IN_NAME = re.compile(r"\w\." + SITE_ENDING + r"\b", re.I)


# names the recogniser read in a headline or a caption, which weighs offices itself
_READ_NAMES = ("linked", "pictured")

# a date stamp's or a dash's name, a related headline's: no label says a writer is named
_UNLABELLED = ("author", "linked")


def _english_label(credit: Credit) -> bool:
    """A credit no label vouches for, in ordinary English words only ("... WIB - Law", "Make Up" in a
    related headline): a section label or a headline's words, by the very test ``entities.english_labels``
    reads such persons in a body with (a listed figure's first word, "- Anies", stays). A labelled writer
    may go by one such word ("Penulis: Era")."""
    from kutip.index.entities.english_labels import english_label  # entities reads ingest's outlets

    return credit.role in _UNLABELLED and english_label(credit.name)


def names_body_or_office(name: str) -> bool:
    """A credited "name" that opens with an office ("Menteri Keuangan Fulan", "Panglima TNI") or holds a
    body or a place the gazetteer lists ("Rapat DPR ...", "Kriminalitas Jakarta", "HO-Partai Contoh"):
    a caption, a headline or a section label read as a byline, never the page's writer."""
    from kutip.index.entities.lexicon import lexicon  # the entities package reads ingest's outlets

    written = name.replace("-", " ").split()
    lex = lexicon()
    if len(written) >= 2 and fold(written[0]) in lex.title_starts:
        return True
    return any(lex.entry([w], [fold(w)]) is not None for w in written)


_INNER_CAPITAL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _unglued(credit: Credit) -> Credit | None:
    """Words a scrape ran together ("BanjirBantuan", "MagazineBuy"; a site's "ContohNews"): a capital
    inside a word that no surname prefix explains names no person (``entities.glued_words``), unless
    the run is one name printed twice ("Ana LeeAna Lee"), which credits that name once."""
    if not any(brand_word(word) for word in credit.name.split()):
        return credit
    parts = {part.strip() for part in _INNER_CAPITAL.split(credit.name)}
    if len(parts) == 1 and looks_like_name(name := parts.pop()) and len(name.split()) >= 2:
        return Credit(credit.role, name)
    return None


def _one_per_person(credits: list[Credit]) -> list[Credit]:
    """The first credit of each person: "Penulis: Ana Lee | Editor: Ana Lee" and two captions crediting
    "Ana Lee" and "Ana Maria Lee" name one person once.

    One person when the shorter name's words are all in the longer, opening with the same word
    (initials and a middle name come and go; "Lee" alone is too little to tell).
    """
    out: list[Credit] = []
    seen: list[list[str]] = []
    for credit in credits:
        mine = [fold(w) for w in words(credit.name)]
        if any(_same_person(mine, other) for other in seen):
            continue
        seen.append(mine)
        out.append(credit)
    return out


def _same_person(a: list[str], b: list[str]) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return bool(short) and short[0] == long[0] and set(short) <= set(long)
