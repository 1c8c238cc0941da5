"""Make untrusted article text safe to draw, one character for one character.

Textual's ``Content`` silently *drops* most control characters, which would shift
every offset after them and misplace search and entity highlights. Replacing each
control character with a visible symbol of the same length keeps offsets aligned
and shows the reader that something odd was in the source. Invisible characters
that change what text *looks* like get the same treatment: a bidi override could
make ``gpj.exe`` read as ``exe.jpg``, a zero-width space hides inside a name.

(The command line shows the same characters as ``⟨U+202E⟩``; see
:mod:`kutip.tui.terminal`. The reader cannot, since offsets must not move.)
"""

from __future__ import annotations

from rich.cells import cell_len

_C0_PICTURES = {code: 0x2400 + code for code in range(0x20) if code not in (0x09, 0x0A)}
_DEL_PICTURE = {0x7F: 0x2421}
_C1_REPLACEMENT = {code: 0xFFFD for code in range(0x80, 0xA0)}
BIDI_SYMBOL = "\u21c4"  # ⇄ for an embedding, override, isolate or direction mark
INVISIBLE_SYMBOL = "\u25cc"  # ◌, the usual stand-in for a character with no glyph of its own
_BIDI = {0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
_INVISIBLE = {0x180E, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, *range(0x2061, 0x2065), *range(0x206A, 0x2070),
              *range(0xFFF9, 0xFFFC), *range(0xE0000, 0xE0080)}  # fmt: skip
# Lone surrogates, and file name bytes as the archive stores them (storable_path in ingest).
_SURROGATES = {code: 0xFFFD for code in [*range(0xD800, 0xE000), *range(0x10FF80, 0x110000)]}
_INERT_TABLE: dict[int, int] = {
    **_C0_PICTURES,
    **_DEL_PICTURE,
    **_C1_REPLACEMENT,
    **dict.fromkeys(_BIDI, ord(BIDI_SYMBOL)),
    **dict.fromkeys(_INVISIBLE, ord(INVISIBLE_SYMBOL)),
    **_SURROGATES,
}


def inert(text: str) -> str:
    """Replace control and invisible characters (all but newline and tab) with visible symbols.

    C0 becomes its Control Pictures symbol (ESC -> ␛), DEL becomes ␡, C1 and lone
    surrogates become U+FFFD, bidi controls ⇄ and zero-width characters ◌; the
    result always has the same length as ``text``.
    """
    return text.translate(_INERT_TABLE)


def one_line(text: str) -> str:
    """Inert text flattened to a single line, for list rows and header fields."""
    return inert(text).replace("\n", " ").replace("\t", " ")


def wrap_offsets(line: str, width: int) -> list[int]:
    """Offsets where a single line (no newline) breaks when word-wrapped to ``width`` cells.

    Breaks fall after whitespace; a word wider than the line is folded. Returning
    offsets, not strings, lets callers map any character back to its visual line.
    """
    width = max(width, 2)
    if cell_len(line) <= width:
        return []
    breaks: list[int] = []
    used = 0
    position = 0
    for word in _words(line):
        size = cell_len(word)
        stripped = cell_len(word.rstrip())
        if used and used + stripped > width:
            breaks.append(position)
            used = 0
        if size > width and stripped > width:
            # fold an over-long word character by character
            for offset, char in enumerate(word):
                char_size = cell_len(char)
                if used and used + char_size > width:
                    breaks.append(position + offset)
                    used = 0
                used += char_size
        else:
            used += size
        position += len(word)
    return breaks


def _words(line: str) -> list[str]:
    """Split into words each carrying its trailing whitespace."""
    words: list[str] = []
    start = 0
    length = len(line)
    index = 0
    while index < length:
        while index < length and not line[index].isspace():
            index += 1
        while index < length and line[index].isspace():
            index += 1
        words.append(line[start:index])
        start = index
    return words


def articles_count(count: int) -> str:
    """``1 article``, ``40 articles``."""
    return f"{count} article{'s' if count != 1 else ''}"
