"""The optional settings file: ``settings.toml`` in the user's config dir.

kutip never needs the file: it is created on the first change, and a broken or
half-valid file costs only the broken settings. Each problem becomes one warning
naming the file and the key, and that setting falls back to its default.

```toml
citation_style = "apa"          # one of the citation styles
theme = "nord"                  # a Textual theme
index = "~/arsip/kutip-index"   # where the archive lives

[keys]                          # command id -> Textual key(s), comma separated
quit = "ctrl+q"
```

Saving rewrites the file from its parsed content, so comments are not kept.
Whatever the file holds (a BOM, tables nested thousands deep, a file where the
archive folder should be, a key another command already uses), the reader starts:
each problem is one line of warning and that setting keeps its default.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from kutip.index.facade import STYLES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

__all__ = [
    "DEFAULT_STYLE",
    "Settings",
    "SettingsError",
    "load_settings",
    "save_setting",
    "settings_path",
]

DEFAULT_STYLE = "plain"
FILE_NAME = "settings.toml"
KNOWN_KEYS = ("citation_style", "theme", "index", "keys")
MAX_FILE_BYTES = 1_000_000  # a settings file is a few lines; anything this big is not one
_KEY_SPEC = re.compile(r"^[A-Za-z0-9_+-]+(?:,[A-Za-z0-9_+-]+)*$")
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_SURROGATE = re.compile("[\ud800-\udfff]")


class SettingsError(ValueError):
    """A setting that cannot be saved; the message names the file and key."""


@dataclass(frozen=True, slots=True)
class Settings:
    """The user's choices; every field has a default, so an absent file is fine."""

    citation_style: str = DEFAULT_STYLE
    theme: str = ""  # "" keeps the app's own default theme
    index: Path | None = None  # None keeps $KUTIP_INDEX or the data dir
    keys: dict[str, str] = field(default_factory=dict)  # command id -> keys


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir("kutip")) / FILE_NAME


def _known_themes() -> set[str]:
    from textual.theme import BUILTIN_THEMES

    return set(BUILTIN_THEMES)


def _known_commands() -> set[str]:
    from kutip.tui.commands import COMMANDS_BY_ID

    return set(COMMANDS_BY_ID)


def _default_keys() -> dict[str, tuple[str, str]]:
    """Command id -> (scope, default keys), from the reader's command table."""
    from kutip.tui.commands import COMMANDS

    return {command.id: (command.scope, command.keys) for command in COMMANDS}


def _check(
    key: str, value: Any, themes: Collection[str] | None, commands: Collection[str] | None
) -> str | None:
    """Why ``value`` is not valid for ``key`` (``keys.<id>`` for overrides), or None when it is."""
    if key.startswith("keys."):
        command = key[len("keys.") :]
        if commands is not None and command not in commands:
            return f"there is no command {command!r}"
        if not isinstance(value, str) or not _KEY_SPEC.match(value):
            return 'must be key names like "ctrl+q" or "j,down"'
        return None
    if key not in KNOWN_KEYS or key == "keys":
        return "is not a setting kutip knows (use citation_style, theme, index or [keys])"
    if not isinstance(value, str):
        return "must be a string"
    if _SURROGATE.search(value):  # only reachable from code: TOML text cannot hold one
        return "must be valid UTF-8 text"
    if key == "citation_style" and value not in STYLES:
        return f"must be one of {', '.join(STYLES)}"
    if key == "theme" and themes is not None and value and value not in themes:
        return f"is not a known theme (e.g. {', '.join(sorted(themes)[:4])})"
    if key == "index":
        return _index_problem(value)
    return None


def _index_problem(value: str) -> str | None:
    if not value.strip():
        return "must be a folder path"
    try:
        path = Path(value).expanduser()
        if path.exists() and not path.is_dir():
            return "is not an archive folder (a file is there)"
    except (OSError, RuntimeError, ValueError) as error:  # unreadable, a loop, a NUL in the path
        return f"cannot be used as an archive folder ({error})"
    return None


def _read(path: Path) -> dict[str, Any]:
    """The file's table; {} when absent. Raises :class:`SettingsError` when unreadable or not TOML."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
        text = raw.decode("utf-8-sig")  # a BOM from a Windows editor is fine
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(f"{path}: cannot be read ({error})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise SettingsError(f"{path}: too large to be a settings file (over {MAX_FILE_BYTES // 1000} KB)")
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"{path}: not valid TOML ({error})") from None
    except RecursionError:
        raise SettingsError(f"{path}: not valid TOML (nested too deeply to read)") from None
    return data


def load_settings(
    path: Path | None = None,
    *,
    themes: Collection[str] | None = None,
    commands: Collection[str] | None = None,
    default_keys: Mapping[str, tuple[str, str]] | None = None,
) -> tuple[Settings, list[str]]:
    """The settings and one warning per problem; problems fall back to defaults, never raise.

    ``themes`` and ``commands`` are the valid names (Textual's built-in themes and the
    command table by default); ``default_keys`` maps command ids to (scope, keys) for
    finding a key already in use (the command table's when ``commands`` is not given).
    """
    path = path or settings_path()
    try:
        data = _read(path)
    except SettingsError as error:
        return Settings(), [f"{error}; using the default settings"]
    if default_keys is None and commands is None:
        default_keys = _default_keys()
    themes = _known_themes() if themes is None else themes
    commands = _known_commands() if commands is None else commands
    warnings: list[str] = []
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key == "keys":
            if not isinstance(value, Mapping):
                warnings.append(f'{path}: [keys] must be a table of command = "key"; ignored')
                continue
            overrides = {}
            for command, keys in value.items():
                problem = _check(f"keys.{command}", keys, themes, commands)
                if problem:
                    warnings.append(f"{path}: keys.{command} {problem}; ignored")
                else:
                    overrides[command] = keys
            values["keys"] = _without_clashes(overrides, default_keys or {}, path, warnings)
            continue
        problem = _check(key, value, themes, commands)
        if problem:
            warnings.append(f"{path}: {key} {problem}; using the default")
        elif key == "index":
            values["index"] = Path(value).expanduser()
        else:
            values[key] = value
    return Settings(**values), warnings


def _shares_a_key(scope: str, other_scope: str) -> bool:
    """App-wide keys meet every scope's; other scopes are never active together."""
    return scope == other_scope or "app" in (scope, other_scope)


def _clash(
    command: str, table: Mapping[str, tuple[str, str]], defaults: Mapping[str, tuple[str, str]]
) -> tuple[str, str] | None:
    """(key, other command) when a key the user gave ``command`` is already in use, else None.

    The reader's own table shadows app-wide keys in some panes on purpose (``escape``
    closes whatever has focus, ``q`` closes help), so a key that is app-wide by default
    clashes only within one scope.
    """
    scope, keys = table[command]
    app_keys = {key for s, k in defaults.values() if s == "app" for key in k.split(",")}
    new_keys = [key for key in keys.split(",") if key not in defaults[command][1].split(",")]
    for other, (other_scope, other_keys) in table.items():
        if other == command or not _shares_a_key(scope, other_scope):
            continue
        for key in new_keys:
            if key in other_keys.split(",") and (scope == other_scope or key not in app_keys):
                return key, other
    return None


def _without_clashes(
    overrides: dict[str, str], defaults: Mapping[str, tuple[str, str]], path: Path, warnings: list[str]
) -> dict[str, str]:
    """The overrides minus those binding a key another command uses (each with a warning).

    Checked against the final table, so swapping two commands' keys is fine; dropping
    one override restores a default, which may clash in turn, hence the loop.
    """
    kept = dict(overrides)
    while True:
        table = {c: (scope, kept.get(c, keys)) for c, (scope, keys) in defaults.items()}
        dropped = False
        for command in list(kept):
            clash = _clash(command, table, defaults) if command in table else None
            if clash:
                key, other = clash
                default = defaults[command][1].split(",")[0]
                used = f"{key!r} is already used by {other}"
                warnings.append(f"{path}: keys.{command} {used}; keeping the default {default!r}")
                del kept[command]
                dropped = True
                break
        if not dropped:
            return kept


def save_setting(
    key: str,
    value: str,
    path: Path | None = None,
    *,
    themes: Collection[str] | None = None,
    commands: Collection[str] | None = None,
) -> Path:
    """Set one setting (``keys.<command id>`` for a key override) and write the file atomically.

    Raises :class:`SettingsError` for an invalid value, or when the existing file is
    not valid TOML (overwriting it would lose the user's other settings).
    """
    path = path or settings_path()
    themes = _known_themes() if themes is None else themes
    commands = _known_commands() if commands is None else commands
    problem = _check(key, value, themes, commands)
    if problem:
        raise SettingsError(f"{path}: {key} {problem}")
    data = _read(path)
    if key.startswith("keys."):
        table = data.get("keys")
        if not isinstance(table, dict):
            table = data["keys"] = {}
        table[key[len("keys.") :]] = value
    else:
        data[key] = value
    _write_atomically(path, dumps(data))
    return path


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".toml")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# -- a writer for this file's shape: scalars and lists at the top, then one-level tables --------
def _toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else _toml_string(key)


def _toml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m.group(0)):04x}", escaped)
    return f'"{escaped}"'


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise SettingsError(f"cannot write a {type(value).__name__} to the settings file")


def dumps(data: Mapping[str, Any]) -> str:
    """TOML text for ``data`` (tables of scalars one level deep, which is all settings use)."""
    lines = [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in data.items() if not isinstance(v, Mapping)]
    for name, table in data.items():
        if isinstance(table, Mapping):
            if lines:
                lines.append("")
            lines.append(f"[{_toml_key(name)}]")
            for key, value in table.items():
                if isinstance(value, Mapping):
                    raise SettingsError(f"cannot write the nested table {name}.{key} to the settings file")
                lines.append(f"{_toml_key(key)} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"
