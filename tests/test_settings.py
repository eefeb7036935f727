"""Settings files: round trip, per-field fallback, corrupt files set aside — also in a headless run's profile."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from game.input.bindings import Bindings
from game.settings import SIM_FIELDS, Settings, load_settings, save_settings
from tests.helpers import last_json, run_game


def test_settings_round_trip_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    changed = replace(
        Settings(),
        master_volume=35,
        fullscreen=True,
        scale=3,
        text_speed="instant",
        text_size="large",
        reduce_flashing=True,
        captions=False,
        difficulty="assist",
        cube_speed=70,
        game_speed=60,
        language="ko",
        bindings=Bindings().rebind_key("run", "r").rebind_pad("hands", "leftshoulder"),
    )
    save_settings(path, changed)
    loaded, messages = load_settings(path)
    assert messages == []
    assert loaded == changed
    assert not list(path.parent.glob("*.tmp")), "the write is atomic: no temporary file is left"


def test_a_missing_file_gives_the_defaults_quietly(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "none.json") == (Settings(), [])


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"version": 99}', "\xff\xfe"])
def test_a_corrupt_file_is_set_aside_and_the_defaults_load(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="latin-1")
    settings, messages = load_settings(path)
    assert settings == Settings()
    assert len(messages) == 1 and "set aside" in messages[0] and "settings.json.corrupt-" in messages[0]
    assert not path.exists()
    (moved,) = tmp_path.glob("settings.json.corrupt-*")
    assert moved.read_bytes() == content.encode("latin-1") and moved.name in messages[0]


def test_bad_values_fall_back_one_by_one_with_a_message_each(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    data = Settings().to_json()
    data.update(master_volume=140, text_size="huge", vsync="yes", language="fr", music_volume=25, shiny=True)
    data["bindings"] = {"keys": {"run": ["r"], "fly": ["x"], "hands": "f"}, "pad": []}
    path.write_text(json.dumps(data), encoding="utf-8")
    settings, messages = load_settings(path)
    assert settings.music_volume == 25, "good values are kept"
    assert settings.master_volume == Settings().master_volume
    assert settings.text_size == "normal" and settings.vsync is True and settings.language == "en"
    assert settings.bindings.keys["run"] == ("r",)
    text = "\n".join(messages)
    for expected in (
        "'master_volume'",
        "'text_size'",
        "'vsync'",
        "'language'",
        "'shiny'",
        "'fly'",
        "hands",
        "pad",
    ):
        assert expected in text


def test_with_value_validates_one_field() -> None:
    assert Settings().with_value("music_volume", 10).music_volume == 10
    for name, value in (
        ("music_volume", 101),
        ("language", "fr"),
        ("vsync", 1),
        ("bindings", None),
        ("x", 1),
    ):
        with pytest.raises(ValueError):
            Settings().with_value(name, value)


def test_sim_settings_are_the_fields_that_change_the_simulation() -> None:
    s = replace(Settings(), difficulty="hard", language="ko", master_volume=0)
    assert set(s.sim_settings()) == set(SIM_FIELDS)
    assert s.sim_settings()["difficulty"] == "hard"
    assert "language" not in s.sim_settings(), "the language never changes the simulation"
    assert s.volume_levels() == (0.0, 0.7, 0.8)


def test_headless_run_reads_a_profile_and_goes_on_past_a_corrupt_settings_file(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    (profile / "config").mkdir(parents=True)
    settings = profile / "config" / "settings.json"
    settings.write_text('{"version": 1, "master_volume": ', encoding="utf-8")
    done = run_game(
        ["headless", "--scene", "forest", "--ticks", "30", "--json", "--profile", str(profile)], tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert "settings file" in done.stderr and "set aside" in done.stderr
    assert last_json(done.stdout)["ticks"] == 30
    assert len(list((profile / "config").glob("settings.json.corrupt-*"))) == 1
    assert "Traceback" not in done.stderr


def test_headless_run_reports_hand_mangled_values_and_keeps_the_rest(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    (profile / "config").mkdir(parents=True)
    data = Settings().to_json()
    data.update(difficulty="impossible", text_speed="slow")
    (profile / "config" / "settings.json").write_text(json.dumps(data), encoding="utf-8")
    done = run_game(
        ["headless", "--scene", "forest", "--ticks", "10", "--json", "--profile", str(profile)], tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert (
        "setting 'difficulty': 'impossible' is not one of assist, normal, hard; using 'normal'" in done.stderr
    )
    assert "text_speed" not in done.stderr
