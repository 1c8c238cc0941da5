"""Who has been speaking so far in an article, to resolve pronouns and anaphors."""

from __future__ import annotations

from .lexicon import lexicon
from .speaker_ref import SpeakerRef

_LOOK_BACK = 200  # speakers far back in a long text are not what a pronoun or anaphor means
_RECENT = 3  # statements back that a person may still be the one a pronoun means after a body spoke


class SpeakerMemory:
    """The running context of one body: speakers in order, their roles, the last subject.

    A pronoun (``katanya``, ``he said``) points at whoever the text last put forward, the last
    speaker or a person the narration has since made its subject (``Sutrisno masih menunggu …``);
    a quotation that merely continues points at the last speaker.
    """

    def __init__(self) -> None:
        self.history: list[str] = []
        self.roles: dict[str, str] = {}
        self.subject: str | None = None
        self.focus: str | None = None  # the last speaker or subject, whichever came later
        self.organisations: set[str] = set()  # speakers that are bodies, not people
        self.people: list[str] = []  # persons put forward, speaking or as a subject, latest last
        self.genders: dict[str, str] = {}  # "female"/"male", only as the text itself shows it
        self.spoken = False  # whether any statement came before
        self.said_last: str | None = None  # the speaker of the latest statement, None if unknown
        self.quote_open = False  # the last paragraph ended inside a quotation, to go on in the next
        self.unnamed_last = False  # the latest one put forward spoke, and could not be named
        self.subject_since = False  # since the latest statement the narration had a person act

    @property
    def last(self) -> str | None:
        return self.history[-1] if self.history else None

    def note(self, name: str | None, role: str | None = None, *, organisation: bool = False) -> None:
        if name is None:
            return
        self.unnamed_last = False
        if organisation:
            self.organisations.add(name)
        self.history.append(name)
        self.focus = name
        if not organisation:
            self._put_forward(name, role)
        if role and name not in self.roles:
            self.roles[name] = role

    def said(self, name: str | None) -> None:
        """The speaker of a statement just read (None when it could not be named)."""
        self.spoken = True
        self.said_last = name
        self.unnamed_last = name is None
        self.subject_since = False

    def body_goes_on(self, ref: SpeakerRef, name: str) -> bool:
        """Whether a quotation with no cue, or a clitic's (``imbuhnya``), goes on with the body
        that spoke last (``"…," kata Kementerian X.`` then ``"…," imbuhnya``): only persons
        speak, but a body the text quoted outright is still quoted when nobody spoke since;
        a personal pronoun (``kata dia``, ``he said``) points at a person, never at it."""
        if name != self.said_last or name not in self.organisations:
            return False
        lex = lexicon()
        clitic = ref.kind == "pronoun" and not any(lex.is_a(w, "personal") for w in ref.words)
        return ref.kind == "inherit" or clitic

    def note_subject(self, name: str, role: str | None = None, *, acts: bool = False) -> None:
        """A person the narration is about, who may speak next through a pronoun; ``acts``: the
        narration has them do something (``Fulan berharap …``), so a continuing cue after it
        (``imbuh dia``) is theirs, not the previous speaker's."""
        self.subject_since = acts or (self.subject_since and self.subject == name)
        self.subject = name
        self.focus = name
        self.unnamed_last = False
        self._put_forward(name, role)
        if role:
            self.roles.setdefault(name, role)

    def _put_forward(self, name: str, role: str | None) -> None:
        if name in self.people:
            self.people.remove(name)
        self.people.append(name)
        honorific = _gender_of(role.split()[0]) if role else None
        if honorific is not None:
            self.genders.setdefault(name, honorific)

    def learn(self, ref: SpeakerRef, name: str | None) -> None:
        """``she said`` resolved to a name shows that person's gender for later pronouns."""
        gender = _gender_of(ref.words[0]) if ref.kind == "pronoun" and ref.words else None
        if gender is not None and name is not None and name not in self.organisations:
            self.genders.setdefault(name, gender)

    def _recent_person(self) -> str | None:
        """The person among the latest few statements' speakers, when a body spoke last."""
        for name in reversed(self.history[-_RECENT:]):
            if name not in self.organisations:
                return name
        return None

    def _latest_person(self) -> str | None:
        """The latest speaker within the look-back who is a person, not a body."""
        people = [n for n in reversed(self.history[-_LOOK_BACK:]) if n not in self.organisations]
        return people[0] if people else None

    def _by_gender(self, gender: str) -> str | None:
        """The latest person the text has shown to be of ``gender``, else the latest not yet shown."""
        for wanted in (gender, None):
            for name in reversed(self.people):
                if name != self.focus and self.genders.get(name) == wanted:
                    return name
        return None

    def resolve(self, ref: SpeakerRef) -> str | None:
        """The canonical speaker a ref points at, without recording it."""
        if ref.kind in ("person", "org"):
            return ref.name
        if ref.kind == "pronoun":
            continuing = any(w in lexicon().continuing for w in ref.words)
            gender = _gender_of(ref.words[0]) if ref.words else None
            if self.unnamed_last:
                # "ujarnya" after "Seorang warga mengaku …" or "Menlu menegaskan …" nobody was named
                # for: that speaker goes on, still unknown, not the person named before them
                return None
            if self.focus in self.organisations and self._recent_person() is not None:
                # "tambahnya" after "Fulan menegaskan bahwa BGN mengakui …": a body named inside a
                # person's words does not take over the passage; the person who spoke goes on
                return self._recent_person()
            if continuing and self.said_last not in self.organisations:
                # "tambahnya", "he added": whoever spoke last goes on, whoever came up since; after
                # a statement nobody could be named for, the speaker stays unknown; "she added"
                # right after a man spoke is the latest woman
                current = self.said_last if self.spoken else self.focus
                if self.subject_since and self.subject is not None and self.subject != current:
                    # "Fulan berharap hakim membebaskannya." then "…," imbuh dia: the narration has
                    # made another person its subject since, and the cue goes on with them
                    current = self.subject
                shown = self.genders.get(current) if current else None
                if gender is None or shown is None or shown == gender:
                    return current
                return self._by_gender(gender)  # nobody else fits: unknown, not the wrong one
            known = self.genders.get(self.focus) if self.focus else None
            if gender is not None and known is not None and known != gender:
                # "she said" right after a man spoke: the latest woman, not the latest speaker;
                # with no other person put forward, unknown rather than the man
                return self._by_gender(gender)
            if self.focus in self.organisations and ref.words and lexicon().is_a(ref.words[0], "personal"):
                # "he said" after "the ministry said": a person, the last one put forward
                return self._latest_person() or self.subject or self.focus
            return self.focus
        if ref.kind == "inherit":
            if self.last in self.organisations and self._recent_person() is not None:
                return self._recent_person()  # a body's line between: its person goes on speaking
            return self.last or self.subject
        if ref.kind == "anaphor":
            wanted = set(ref.words)
            for name in reversed(self.history[-_LOOK_BACK:]):
                role_words = set(self.roles.get(name, "").casefold().replace(",", " ").split())
                if wanted & role_words:
                    return name
            # a description matching no one's role is read as a pronoun is: whom the text last put
            # forward ("Anggota DPR Rina meminta …" then "kata politikus itu": Rina); a person's
            # description never means a body, so after a body spoke it is the latest person
            if self.focus in self.organisations:
                return self._latest_person() or self.subject or self.focus
            return self.focus or self.last or self.subject
        return None


def _gender_of(word: str) -> str | None:
    lex = lexicon()
    w = word.casefold().strip(".,")
    if lex.is_a(w, "female"):
        return "female"
    if lex.is_a(w, "male"):
        return "male"
    return None
