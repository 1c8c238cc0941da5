"""The one gate between untrusted text (articles, file names) and the user's terminal.

Article text is third-party data: an ESC in it could set the terminal clipboard
(OSC 52), clear the screen, switch to the alternate screen or make the terminal
type a reply into the input (``ESC[6n``). Everything kutip prints for people goes
through :func:`safe`, and the streams the CLI writes to are wrapped in
:class:`GuardedStream`, which applies it once more to whatever reaches them.

Placeholders (chosen to be visible and unambiguous, never silently dropped):

* C0 controls except newline and tab, and DEL: their Unicode Control Pictures
  symbol (ESC -> ``␛``, BEL -> ``␇``, DEL -> ``␡``). An escape sequence thus loses
  its ESC and the rest of it (``[6n``, ``]52;c;…``) is shown as the plain text it is;
  no terminal acts on a sequence without its ESC.
* C1 controls (U+0080-U+009F, 8-bit CSI/OSC/ST among them), bidi overrides,
  isolates and marks, zero-width and other invisible format characters:
  ``⟨U+202E⟩``.
* A file name byte that is not UTF-8, which Python spells as a lone surrogate and
  the archive stores as a private-use character (``storable_path`` in ingest):
  ``⟨0xFF⟩`` (other lone surrogates as ``⟨U+D800⟩``).

``--json`` output instead escapes the same characters JSON-style (:func:`json_line`).
"""

from __future__ import annotations

import codecs
import json
import re
from typing import IO, Any

__all__ = ["GuardedStream", "is_utf8", "json_line", "json_safe", "pasteable", "safe", "safe_path"]

_INVISIBLE = [
    *(0x061C, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF),
    *range(0x202A, 0x202F),  # LRE RLE PDF LRO RLO
    *range(0x2061, 0x2065),  # invisible operators
    *range(0x2066, 0x2070),  # LRI RLI FSI PDI and the deprecated format characters
    *range(0xFFF9, 0xFFFC),  # interlinear annotation
    *range(0xE0000, 0xE0080),  # tag characters ("ASCII smuggling")
]


_STORED_BYTES = 0x10FF80  # kutip.index.ingest.discover.storable_path's file name bytes


def _placeholder(code: int) -> str:
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: one undecodable byte
        return f"⟨0x{code - 0xDC00:02X}⟩"
    if code >= _STORED_BYTES:  # the same byte as the archive stores it
        return f"⟨0x{code - _STORED_BYTES + 0x80:02X}⟩"
    return f"⟨U+{code:04X}⟩"


_UNSAFE_CODES = [c for c in range(0x20) if c not in (0x09, 0x0A)] + list(range(0x7F, 0xA0)) + _INVISIBLE
_PLACEHOLDERS: dict[int, str] = {code: _placeholder(code) for code in _UNSAFE_CODES}
_UNSAFE = re.compile(
    "["
    + "".join(re.escape(chr(c)) for c in _UNSAFE_CODES if c < 0xE0000)
    + "\U000e0000-\U000e007f\U0010ff80-\U0010ffff\ud800-\udfff]"
)
# Characters JSON output escapes even with ensure_ascii=False (control characters are escaped already).
_JSON_UNSAFE = re.compile(
    "[\x7f-\x9f" + "".join(chr(c) for c in _INVISIBLE if c < 0xE0000) + "\U000e0000-\U000e007f\ud800-\udfff]"
)


def _replace(match: re.Match[str]) -> str:
    char = match.group(0)
    return _PLACEHOLDERS.get(ord(char)) or _placeholder(ord(char))


def safe(text: str) -> str:
    """``text`` with every character that could act on a terminal or hide itself made visible."""
    return _UNSAFE.sub(_replace, text)


_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def pasteable(text: str) -> str:
    """Text for the clipboard: control characters made visible, the rest (bidi, joiners) kept.

    A copied quote is pasted into documents and shells; an ESC in it could end a
    bracketed paste and run what follows. Joiners and direction marks stay, since
    real text in some scripts and emoji needs them.
    """
    return _CONTROLS.sub(_replace, text)


def safe_path(path: object) -> str:
    """A path (``str`` or ``Path``, possibly holding undecodable bytes) ready to print."""
    return safe(str(path))


def json_safe(text: str) -> str:
    """JSON text with DEL, C1, invisible format characters and lone surrogates as ``\\uXXXX`` escapes.

    These can only occur inside JSON strings, where the escape means the same character,
    so the output parses to the same data and never carries a raw control byte.
    """
    return _JSON_UNSAFE.sub(_json_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code > 0xFFFF:  # JSON spells a character beyond the BMP as a surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def json_line(value: Any, *, ascii_only: bool = False) -> str:
    """One JSON Lines record: readable non-ASCII text, but nothing a terminal would act on.

    ``ascii_only`` escapes all non-ASCII too, for a stream that cannot encode it.
    """
    if ascii_only:
        return json.dumps(value, ensure_ascii=True) + "\n"
    return json_safe(json.dumps(value, ensure_ascii=False)) + "\n"


def is_utf8(stream: object) -> bool:
    """Whether ``stream`` encodes UTF-8 (or says nothing, as test captures do)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


# Sequences Rich itself writes on a terminal: colours (SGR), and cursor moves and line erasing
# for the progress display. Everything else reaching a guarded stream is made inert.
_RICH_CONTROL = re.compile(r"\x1b\[[0-9;]*m|\x1b\[[0-9]*[ABCDGK]|\x1b\[\?25[hl]|\r")


def _codec(stream: object) -> str:
    try:
        return codecs.lookup(getattr(stream, "encoding", "")).name
    except (LookupError, TypeError):
        return "ascii"


class GuardedStream:
    """A text stream wrapper that makes everything inert on its way out.

    With ``styled`` (set it to the Rich console's ``is_terminal``) Rich's own colour
    and cursor codes pass, article text reaching Rich having been made safe already;
    anything else, and everything when not ``styled``, goes through :func:`safe`.
    The last line of defence: callers sanitise first, this catches what a future
    print forgets.
    """

    def __init__(self, stream: IO[str], *, styled: bool = False) -> None:
        self._stream = stream
        self.styled = styled
        self._legacy = "" if is_utf8(stream) else _codec(stream)

    def write(self, text: str) -> int:
        if not self.styled:
            self._put(safe(text))
            return len(text)
        position = 0
        for match in _RICH_CONTROL.finditer(text):
            self._put(safe(text[position : match.start()]))
            self._stream.write(match.group(0))
            position = match.end()
        self._put(safe(text[position:]))
        return len(text)

    def _put(self, text: str) -> None:
        if self._legacy:  # a terminal that is not UTF-8: what it cannot show becomes \uXXXX
            text = text.encode(self._legacy, "backslashreplace").decode(self._legacy)
        self._stream.write(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        try:
            return self._stream.isatty()
        except (AttributeError, ValueError, OSError):
            return False

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self._stream, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:
        return getattr(self._stream, "errors", None)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

