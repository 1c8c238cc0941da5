"""The settings file: optional, forgiving when broken, precise in its warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.tui.settings import (
    DEFAULT_STYLE,
    Settings,
    SettingsError,
    dumps,
    load_settings,
    save_setting,
    settings_path,
)

if __import__("sys").version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

THEMES = {"textual-dark", "nord"}
COMMANDS = {"quit", "help", "search"}


def load(path: Path) -> tuple[Settings, list[str]]:
    return load_settings(path, themes=THEMES, commands=COMMANDS)


def test_no_file_means_defaults_and_no_warnings(tmp_path: Path) -> None:
    assert load(tmp_path / "settings.toml") == (Settings(), [])
    assert not (tmp_path / "settings.toml").exists()


def test_default_location_is_the_user_config_dir(tmp_path: Path) -> None:
    # conftest points XDG_CONFIG_HOME at a temporary home
    assert settings_path().parts[-2:] == ("kutip", "settings.toml")
    settings, warnings = load_settings()
    assert settings.citation_style == DEFAULT_STYLE and warnings == []


def test_valid_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'citation_style = "chicago"\ntheme = "nord"\nindex = "~/arsip"\n\n[keys]\nquit = "ctrl+q"\n',
        encoding="utf-8",
    )
    settings, warnings = load(path)
    assert warnings == []
    assert settings.citation_style == "chicago" and settings.theme == "nord"
    assert settings.index == Path("~/arsip").expanduser()
    assert settings.keys == {"quit": "ctrl+q"}


def test_invalid_values_warn_with_file_and_key_and_fall_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'citation_style = "harvard"\ntheme = 3\ncolour = "red"\n\n[keys]\nquit = "ctrl+q"\nfly = "f"\nhelp = "ctrl q"\n',
        encoding="utf-8",
    )
    settings, warnings = load(path)
    assert settings == Settings(keys={"quit": "ctrl+q"})
    assert len(warnings) == 5
    assert all(w.startswith(f"{path}: ") for w in warnings)
    joined = "\n".join(warnings)
    assert "citation_style must be one of plain, markdown" in joined
    assert "theme must be a string" in joined
    assert "colour is not a setting" in joined
    assert "keys.fly there is no command 'fly'" in joined
    assert "keys.help must be key names" in joined


def test_broken_toml_gives_one_warning_and_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('citation_style = "apa\n', encoding="utf-8")
    settings, warnings = load(path)
    assert settings == Settings()
    assert len(warnings) == 1 and str(path) in warnings[0] and "not valid TOML" in warnings[0]


def test_save_creates_the_file_and_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.toml"
    save_setting("citation_style", "bibtex", path, themes=THEMES, commands=COMMANDS)
    save_setting("keys.quit", "ctrl+q", path, themes=THEMES, commands=COMMANDS)
    save_setting("index", 'C:\\arsip "lama"', path, themes=THEMES, commands=COMMANDS)
    save_setting("citation_style", "mla", path, themes=THEMES, commands=COMMANDS)
    settings, warnings = load(path)
    assert warnings == []
    assert settings.citation_style == "mla" and settings.keys == {"quit": "ctrl+q"}
    assert settings.index == Path('C:\\arsip "lama"')
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


def test_save_rejects_invalid_values(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    with pytest.raises(SettingsError, match=r"settings\.toml: citation_style must be one of"):
        save_setting("citation_style", "harvard", path, themes=THEMES, commands=COMMANDS)
    assert not path.exists()


def test_save_never_overwrites_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("theme = \n", encoding="utf-8")
    with pytest.raises(SettingsError, match="not valid TOML"):
        save_setting("theme", "nord", path, themes=THEMES, commands=COMMANDS)
    assert path.read_text(encoding="utf-8") == "theme = \n"


def test_writer_escapes_strings() -> None:
    data = {"a": 'quote " back \\ tab\t', "n": 3, "on": True, "keys": {"weird key": "x", "quit": "q"}}
    assert tomllib.loads(dumps(data)) == data
