"""Direct and reported statements of one article body, in body order, with exact spans."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..models import Entity, Statement
from ..names import is_short_form
from ..people.public import listed_form, public_name, written_out
from .ahead import CueAhead
from .attribution import Attribution, after_quote, negated, subject_before
from .clauses import clause_subject, narrative_floor, sentence_like
from .cue_parts import apposition
from .floor import one_speaker, relayed
from .found import Found
from .group_speaker import GroupFloor
from .headline_quotes import with_headline
from .indirect import reported
from .inscriptions import uncued_ref
from .interview import answer_span, interview_lines, interviewee
from .joined_quotes import absolute_subject, goes_on
from .lexicon import lexicon
from .marks import Quotation, quotations
from .memory import SpeakerMemory
from .misspelt import slipped_full_names
from .name_words import name_words_only
from .names import NameBook
from .opening import named_after_opening
from .org_names import full_org_name
from .partial import name_in_marks, named_speakers_words, object_verbs_subject
from .people import known_place
from .persons_only import person_only
from .photo_captions import caption
from .post_phrase import np_after
from .provenance import house_outlet, same_outlet, source_lead, via_in
from .resolved import defined_nickname, speaker_for
from .spanning import quote_paragraphs
from .speaker_ref import NONE, SpeakerRef
from .speaks import speaks
from .spoken_of import told_by_pronoun
from .stance import takes_stance, undergoes
from .subject import subject_person
from .text import Token, sentences, tokens
from .trailing import without_trailing_codes

# "JAKARTA, Kabar.com - " or "Kabar.com - " before a quotation that opens the story
_DATELINE = re.compile(r"\s*[A-Z][\w.,()/'’ ]{0,60}?\s[-—–]+\s*")
_MIN_UNATTRIBUTED_WORDS = 4
_MIN_PARTIAL_WORDS = 3
_MAX_INTRO_GAP_WORDS = 6
_MAX_LABEL_GAP_WORDS = 8


def _words(body: str, start: int, end: int) -> int:
    return len(tokens(body, start, end))


def _before_quote(book: NameBook, floor: int, q: Quotation) -> tuple[Attribution | None, bool]:
    """A cue earlier in the sentence: (attribution, whether the quotation is only partial)."""
    lex = lexicon()
    body = book.body
    toks = tokens(body, floor, q.open)
    for idx in range(len(toks) - 1, -1, -1):
        tok = toks[idx]
        w = tok.text.casefold()
        label = w in lex.label
        participle = w in lex.participle
        if not (label or participle or w in lex.active or w in lex.post or w in lex.according):
            continue
        if negated(book, floor, tok):
            return None, False
        gap = body[tok.end : q.open].strip()
        gap_words = len(toks) - idx - 1
        intro = (
            gap == ""
            or (gap_words <= _MAX_INTRO_GAP_WORDS and gap[-1] in ",:")
            or (gap_words > 0 and lex.is_a(toks[-1].text, "complementiser"))
        )
        if participle:
            ref, cue_start = clause_subject(book, floor, toks[:idx], tok)
            if ref.kind == "none":
                ref, cue_start = absolute_subject(book, toks[:idx], tok)  # "with Fulan saying "…""
            if ref.kind == "none":
                return None, False
            att = Attribution(ref, cue_start, tok.end)
        elif w in lex.active or label:
            ref, cue_start = subject_before(book, floor, tok)
            if ref.kind == "none" and w in lex.active:
                ref, cue_start = clause_subject(book, floor, toks[:idx], tok)
            if ref.kind == "none":
                if label and w not in lex.active:
                    continue  # "was called", "the so-described": no speaker here, look further back
                return None, False
            att = Attribution(ref, cue_start, tok.end)
            if label and not intro and gap_words <= _MAX_LABEL_GAP_WORDS:
                return att, True  # "called the plan "reckless"": the speaker's own word
        else:
            to = w in lex.according and idx + 1 < len(toks) and toks[idx + 1].text.casefold() == "to"
            first = idx + 2 if to else idx + 1  # "according to Fulan"
            ref, np_end = np_after(book, toks, first, q.open) if first < len(toks) else (NONE, tok.end)
            if ref.kind == "none" and w in lex.post and intro:
                # "Fulan questioned, "…"", "Fulan assured them: "…"": no speaker after it; its subject
                subject, cue_start = subject_before(book, floor, tok)
                if subject.kind != "none":
                    return Attribution(subject, cue_start, tok.end), False
            if first >= len(toks):
                return None, False
            if ref.kind == "person" and body[np_end : q.open].strip(" ,:\u00a0"):
                # "According to Fulan, a senior analyst at the bank, "…"": the apposition is the role
                role = apposition(body, np_end, q.open)
                rest = body.find(",", np_end + 1, q.open)
                if role is not None and rest > 0 and not body[rest : q.open].strip(" ,:\u00a0"):
                    ref, np_end = SpeakerRef("person", ref.name, ref.role or role), rest
            tail_words = body[np_end : q.open].strip(" ,:\u00a0")
            if ref.kind == "none" or (tail_words and not (lex.is_a(tail_words, "cue_tail") and intro)):
                governed = object_verbs_subject(book, floor, tok, q) if w in lex.post and not intro else None
                return governed, governed is not None
            att = Attribution(ref, tok.start, np_end)
        if intro:
            return (None if name_in_marks(body, q) else att), False
        if _words(body, q.start, q.end) >= _MIN_PARTIAL_WORDS:
            return att, True
        if named_speakers_words(body, book.lang, att, q):
            return att, True
        return None, False
    return _unlisted_verb(book, floor, q, toks), False


# an Indonesian verb by its shape: active me- ("mempertanyakan"), or intransitive ber-/ter- ("Fulan
# tertawa, "…"", "berkelakar", "tersenyum"): what a person does as they start to speak
_ACTIVE_SHAPE = re.compile(r"me[a-z]{5,}|(?:ber|ter)[a-z]{4,}")


def _unlisted_verb(book: NameBook, floor: int, q: Quotation, toks: list[Token]) -> Attribution | None:
    """``Fulan mempertanyakan, "…"``: a verb the lists lack (or misspelt) right before the
    quotation and its comma or colon, with a person as its subject, introduces the quotation."""
    if book.lang != "id" or len(toks) < 2:
        return None
    verb = toks[-1]
    gap = book.body[verb.end : q.open].strip()
    if gap not in (",", ":") or not _ACTIVE_SHAPE.fullmatch(verb.text) or negated(book, floor, verb):
        return None
    if any(verb.text.casefold() in words for words in lexicon().classes.values()):
        return None  # "tersebut", "berikut" (class not_verb): shaped like verbs, but none
    ref, cue_start = subject_before(book, floor, verb)
    return Attribution(ref, cue_start, verb.end) if ref.kind == "person" else None


def _direct(book: NameBook, para: int, sent: tuple[int, int], quotes: list[Quotation]) -> list[Found]:
    body = book.body
    out: list[Found] = []
    for i, q in enumerate(quotes):
        limit = quotes[i + 1].open if i + 1 < len(quotes) else sent[1]
        floor = quotes[i - 1].mark_end if i > 0 else sent[0]
        att = after_quote(book, q.mark_end, limit) if q.close is not None else None
        if att is not None and i + 1 < len(quotes) and _opens_next(body, q, att.cue_end, quotes[i + 1].open):
            att = None  # '"…." Fulan berucap, "…"': a finished quotation, then the next one's cue
        tail = (q.mark_end, limit)
        if att is None or att.ref.kind == "pronoun":
            # 'Rina menjawab, "…," katanya': the clitic after it is the subject named before it
            before_att, _partial = _before_quote(book, floor, q)
            if before_att is None and i > 0 and sentence_like(body, q):
                # 'Fulan names a road "not open, rain-wise" and then asks Badu: "Can I go?"': an
                # earlier fragment nobody was credited with is part of the narrative
                before_att, _partial = _before_quote(book, narrative_floor(out, quotes, i, sent[0]), q)
            if att is None or (before_att is not None and before_att.ref.kind == "person"):
                att, tail = before_att, (floor, q.open)
        if att is not None:
            via = via_in(body, *tail)
            out.append(Found("direct", q.start, q.end, att.ref, (att.cue_start, att.cue_end), via, para))
            continue
        if i > 0 and out and out[-1].start == quotes[i - 1].start and goes_on(book, out[-1], floor, q):
            out.append(replace(out[-1], start=q.start, end=q.end))  # "X said "…" and that "…""
            continue
        before = body[floor : q.open]
        opens_sentence = not before.strip(" \u00a0,.;:—–-") or _DATELINE.fullmatch(before) is not None
        if opens_sentence and _words(body, q.start, q.end) >= _MIN_UNATTRIBUTED_WORDS:
            out.append(Found("direct", q.start, q.end, uncued_ref(body, q.open), None, None, para))
    return out


def _opens_next(body: str, q: Quotation, cue_end: int, next_open: int) -> bool:
    """Whether the cue after quotation ``q``, ending at ``cue_end``, introduces the next one
    instead: only a comma or colon before the next opening, ``q`` ended its own sentence, and
    the cue opens with its subject, not with a verb (``"…." kata Fulan, "…"`` stays ``q``'s)."""
    lex = lexicon()
    first = tokens(body, q.mark_end, cue_end)[:1]
    if not first or any(first[0].text.casefold() in verbs for verbs in (lex.post, lex.clitic, lex.according)):
        return False
    ended = body[q.start : q.end].rstrip()[-1:] in (".", "?", "!")
    # '"…," dan Badu kembali berkata, "…"': a cue led by a conjunction is a new clause's
    ended = ended or lex.is_a(first[0].text, "conjunction")
    return ended and body[cue_end:next_open].strip() in (",", ":")


def extract_statements(
    article_id: str,
    body: str,
    lang: str,
    entities: list[Entity],
    *,
    outlet: str | None = None,
    title: str | None = None,
) -> list[Statement]:
    """Every direct quotation and reported statement of ``body``, in body order, after the
    quotation opening the ``title`` (:mod:`.headline_quotes`).

    ``outlet`` is the publisher, when known: a statement given to it (``told Reuters`` in a
    Reuters story) has no ``via``. Without it the body's dateline is read for the same purpose.
    """
    house = outlet or house_outlet(body)
    book = NameBook(body, entities, lang)
    slips = slipped_full_names(body, [" ".join(form) for p in book.persons for form in p.forms])
    memory = SpeakerMemory()
    ahead = CueAhead(lang)
    groups = GroupFloor(body, book.is_person)
    subject_para = -2  # the paragraph of the latest narrative subject
    result: list[Statement] = []
    pending: tuple[str, str | None] | None = None  # (agency, first speaker it covers)
    prev_sentence: tuple[int, int] | None = None
    paras = quote_paragraphs(body)
    interview = interview_lines(body, paras)
    guest = SpeakerRef("pronoun")  # who answers in an interview block
    for p_index, (ps, pe) in enumerate(paras):
        line = interview.get(p_index)
        if line == "q":
            if interview.get(p_index - 1) is None:
                guest = interviewee(book, paras, p_index) or SpeakerRef("pronoun")
            continue  # the interviewer's question is no one's statement
        answer = answer_span(body, ps, pe) if line == "a" else None
        quotes = [] if answer else quotations(body, ps, pe)
        marks = [(q.open, q.mark_end) for q in quotes]
        opens = [q.open for q in quotes]
        resolved_in_para: list[tuple[Found, str | None]] = []
        for sent in [answer] if answer else sentences(body, ps, pe, marks):
            if answer:
                found = [Found("direct", *answer, guest, None, None, p_index)]
                direct = found
            elif line == "u":
                # an unlabelled answer: each sentence is the interviewee's, without quotation marks
                s_start, s_end = _trimmed(body, *sent)
                found = [Found("indirect", s_start, s_end, guest, None, None, p_index)]
                found = found if s_end > s_start else []
            else:
                lead = source_lead(body, *sent)
                if lead:
                    pending = (lead, None)
                in_sent = quotes[bisect.bisect_left(opens, sent[0]) : bisect.bisect_left(opens, sent[1])]
                direct = _direct(book, p_index, sent, in_sent)
                consumed = [f.cue for f in direct if f.cue] + [(q.open, q.mark_end) for q in in_sent]
                found = direct + reported(
                    book, sent, quotes=in_sent, consumed=consumed, prev_sentence=prev_sentence, para=p_index
                )
                found.sort(key=lambda f: f.start)
            for f in found:
                fresh = subject_para >= p_index - 1  # the narration put someone forward just before
                speaker = person_only(book, f, speaker_for(f, memory, resolved_in_para, book, fresh), memory)
                speaker = defined_nickname(book, speaker, memory, f)
                org = f.ref.kind == "org" or (speaker in memory.organisations and not book.is_person(speaker))
                speaker = full_org_name(book.orgs, speaker) if org else name_words_only(book, speaker)
                speaker = slips.get(speaker, speaker) if speaker else speaker  # "Hasan Hasbi" once
                memory.learn(f.ref, speaker)
                if not (nested := relayed(f, speaker, resolved_in_para)):
                    memory.said(speaker)
                if speaker is not None:
                    book.spoken.add(speaker)
                memory.note(None if nested else speaker, f.ref.role, organisation=org)
                resolved_in_para.append((f, speaker))
                via = f.via
                if pending is not None and speaker is not None and _names_speaker(pending[0], speaker):
                    pending = None  # "According to Tan, …" names the speaker, not a source
                if pending is not None and speaker is not None:
                    agency, first = pending
                    if first is None:
                        pending = (agency, speaker)
                        first = speaker
                    if first != speaker:
                        pending = None
                    elif via is None:
                        via = agency
                if via is not None and house is not None and same_outlet(via, house):
                    via = None
                cue = body[f.cue[0] : f.cue[1]] if f.cue else None
                place = speaker in memory.organisations and known_place(speaker)  # "Jawa Barat menjelaskan"
                result.append(
                    statement := Statement(
                        id=f"{article_id}:{len(result) + 1}",
                        article=article_id,
                        text=body[f.start : f.end],
                        kind=f.kind,
                        start=f.start,
                        end=f.end,
                        speaker=groups.shown(f, None if place else _shown(speaker)),
                        speaker_as_written=cue,
                        role=f.ref.role if f.ref.kind in ("person", "org") else None,
                        via=via,
                    )
                )
                ahead.take(f, statement, subject_para == p_index - 1, len(memory.people))
            # a statement put its speaker forward; a title or caption line puts nobody forward
            quiet = found or book.headlines.covers(sent[0]) or caption(body, *sent, pe)
            reporting = bool(resolved_in_para)
            subject = (
                None
                if quiet
                else subject_person(book, *sent, _marks_at(marks, opens, sent[0]), reporting=reporting)
            )
            if subject and subject.name and book.is_person(subject.name) and told_by_pronoun(body, *sent):
                prev_sentence = sent  # "Menurutnya, apa yang disampaikan Fulan …": the speaker's account
                continue
            if subject and subject.name and book.is_person(subject.name):
                said = speaks(book, *sent, subject.name)
                if not said and memory.spoken and undergoes(body, *sent, subject.name):
                    prev_sentence = sent  # "Fulan dibebastugaskan …": done to them; the speaker goes on
                    continue
                if reporting and not said and one_speaker(resolved_in_para):
                    # "Fulan menjelaskan X. Sementara, istri korban, Rina, mengalami luka.": the
                    # paragraph is Fulan's account, and whom it tells of does not take the floor
                    prev_sentence = sent
                    continue
                memory.note_subject(subject.name, subject.role, acts=takes_stance(body, *sent, subject.name))
                subject_para = p_index
                if said:
                    memory.note(subject.name, subject.role)  # as a reported clause would
                    memory.said(subject.name)
            prev_sentence = sent
        memory.quote_open = bool(quotes) and quotes[-1].close is None
        if memory.quote_open and not (result and result[-1].start == quotes[-1].start):
            memory.said(None)  # left open by someone not named: its run-on is no one's we know
    return with_headline(article_id, title or "", book, named_after_opening(book, result, _shown), _shown)


def _shown(speaker: str | None) -> str | None:
    """A listed public figure by the list's full name (``Nadiem Anwar Makariem`` as ``Nadiem
    Makarim``), as the person view shows them; anyone else as the article names them. An
    article's fuller form of a listed name (the list's words in order, first and last the same:
    ``Nila Djuwita Farida Moeloek``, a middle name the list leaves out) is the figure too. Another
    fuller name is kept (the list's ``Fulan Santoso`` is not ``Fulan Santoso Putra``) unless the
    list itself gives it as another of the figure's names (a legal name)."""
    if not speaker:
        return None
    speaker = without_trailing_codes(speaker)
    written = written_out(speaker)
    listed = public_name(speaker) or written
    if listed is None:
        return speaker
    keep = is_short_form(listed, speaker) and not listed_form(speaker) and written != listed
    return speaker if keep else listed


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in ".!?…"):
        end -= 1
    return start, end


def _marks_at(marks: list[tuple[int, int]], opens: list[int], pos: int) -> list[tuple[int, int]]:
    """The quotation mark span around ``pos``, if any (as a list), found by bisection."""
    k = bisect.bisect_right(opens, pos) - 1
    return [marks[k]] if k >= 0 and marks[k][0] <= pos < marks[k][1] else []


def _names_speaker(agency: str, speaker: str) -> bool:
    words = set(speaker.casefold().split())
    return bool(words) and set(agency.casefold().split()) <= words
