"""Make untrusted article text safe to draw, one character for one character.

Textual's ``Content`` silently *drops* most control characters, which would shift
every offset after them and misplace search and entity highlights. Replacing each
control character with a visible symbol of the same length keeps offsets aligned
and shows the reader that something odd was in the source.
"""

from __future__ import annotations

from rich.cells import cell_len

_C0_PICTURES = {code: 0x2400 + code for code in range(0x20) if code not in (0x09, 0x0A)}
_DEL_PICTURE = {0x7F: 0x2421}
_C1_REPLACEMENT = {code: 0xFFFD for code in range(0x80, 0xA0)}
_INERT_TABLE: dict[int, int] = {**_C0_PICTURES, **_DEL_PICTURE, **_C1_REPLACEMENT}


def inert(text: str) -> str:
    """Replace control characters (all but newline and tab) with visible symbols.

    C0 becomes its Control Pictures symbol (ESC -> ␛), DEL becomes ␡ and C1 becomes
    U+FFFD; the result always has the same length as ``text``.
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
