"""Fuzz the save and settings files: mangled JSON never stops the game from starting, a bad file is set aside
with its bytes kept, Continue with a save that does not fit still leaves a playable game, and whatever the
game writes back afterwards is a good save."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from game.app import HeadlessOptions, HeadlessResult, run_headless
from game.context import RunOptions
from game.input.frame import Action, InputFrame
from game.profile import Profile
from game.save import read_save
from game.scene import SceneStack
from game.settings import Settings, load_settings, save_settings

EXAMPLES = int(os.environ.get("PROFILE_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
JSON_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**70), 2**70),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=8),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _real_save() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        run_headless(
            RunOptions(seed=3, headless=True, scene="forest", stop_on_exit=True),
            HeadlessOptions(ticks=90, profile_dir=Path(tmp)),
        )
        data = json.loads(Profile.at(Path(tmp)).save_path.read_text())
    assert isinstance(data, dict)
    return data


REAL_SAVE = _real_save()
REAL_SETTINGS = Settings().to_json()


def paths(value: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Every path into a JSON value (keys and indexes), the value itself first."""
    out: list[tuple[object, ...]] = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            out += paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value[:6]):
            out += paths(inner, (*prefix, i))
    return out


def mangle(original: dict[str, Any], data: st.DataObject) -> bytes:
    """A structurally mangled copy (a value replaced or removed) or a text-level corruption of the JSON."""
    doc = json.loads(json.dumps(original))
    if data.draw(st.integers(0, 4), label="text?") == 0:
        text = json.dumps(doc).encode()
        corruptions = ["cut", "junk", "bytes", "empty", "bom", "deep", "overflow"]
        match data.draw(st.sampled_from(corruptions), label="corruption"):
            case "cut":
                return text[: data.draw(st.integers(0, len(text) - 1), label="at")]
            case "junk":
                at = data.draw(st.integers(0, len(text)), label="at")
                return text[:at] + data.draw(st.binary(min_size=1, max_size=8), label="junk") + text[at:]
            case "bytes":
                return data.draw(st.binary(max_size=64), label="bytes")
            case "empty":
                return b""
            case "deep":  # a valid document with a value nested a few to 200,000 deep
                depth = data.draw(st.sampled_from([2, 63, 64, 65, 1000, 200_000]), label="depth")
                return b'{"deep": ' + b"[" * depth + b"]" * depth + b", " + text[1:]
            case "overflow":  # a number json reads as infinity
                return text.replace(b"0.5", b"1e400", 1).replace(b"100", b"1e999", 1)
            case _:
                return b"\xef\xbb\xbf" + text
    for _ in range(data.draw(st.integers(1, 3), label="changes")):
        where = data.draw(st.sampled_from(paths(doc)[1:] or [()]), label="path")
        parent: Any = doc
        for key in where[:-1]:
            parent = parent[key]
        if not where:
            break
        if data.draw(st.booleans(), label="delete?") and isinstance(parent, dict):
            del parent[where[-1]]
        else:
            parent[where[-1]] = data.draw(JSON_VALUES, label="value")
    return json.dumps(doc).encode()


class Continue:
    """At the title: confirm the first item (Continue when a save is offered), then walk about a little."""

    def __init__(self, stack: SceneStack) -> None:
        self.stack = stack
        self.tick = 0

    def next_frame(self) -> InputFrame:
        self.tick += 1
        name = getattr(self.stack.top, "name", "")
        if name in ("title", "chapter") and self.tick % 2 == 0:
            return InputFrame(held=Action.CONFIRM, pressed=Action.CONFIRM)
        return InputFrame(move=(1.0, 0.0) if self.tick % 120 < 60 else (0.0, 1.0))


def start(profile_dir: Path) -> HeadlessResult:
    """The game from the title, as a player who presses confirm: must never raise."""
    options = RunOptions(seed=5, headless=True)
    return run_headless(
        options, HeadlessOptions(ticks=240, profile_dir=profile_dir, source=lambda _c, s: Continue(s))
    )


def aside(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(name + ".corrupt*"))


@FUZZ
@given(data=st.data())
def test_a_mangled_save_never_stops_the_game_and_never_leaves_a_bad_save(data: st.DataObject) -> None:
    raw = mangle(REAL_SAVE, data)
    with tempfile.TemporaryDirectory() as tmp:
        profile = Profile.at(Path(tmp))
        profile.save_path.parent.mkdir(parents=True)
        profile.save_path.write_bytes(raw)
        result = start(Path(tmp))
        moved = aside(profile.data, "save.json")
        if moved:
            event("set aside")
            assert moved[0].read_bytes() == raw, "the bad save is kept as it was"
            assert any("set aside" in m for m in result.messages), result.messages
        else:
            event("continued" if result.scenes else "title")
        assert result.outcome == "ticks"
        if profile.save_path.exists():
            save, message = read_save(profile.save_path)
            assert save is not None, f"the game wrote a save it cannot read back: {message}"


@FUZZ
@given(data=st.data())
def test_mangled_settings_never_stop_the_game(data: st.DataObject) -> None:
    raw = mangle(REAL_SETTINGS, data)
    with tempfile.TemporaryDirectory() as tmp:
        profile = Profile.at(Path(tmp))
        profile.settings_path.parent.mkdir(parents=True)
        profile.settings_path.write_bytes(raw)
        loaded, messages = load_settings(profile.settings_path)
        assert isinstance(loaded, Settings)
        if aside(profile.config, "settings.json"):
            event("set aside")
            assert aside(profile.config, "settings.json")[0].read_bytes() == raw
        else:
            event("read" if not messages else "defaults for bad values")
        save_settings(profile.settings_path, loaded)
        again, second = load_settings(profile.settings_path)
        assert again == loaded and not second, "what the game writes back it reads back cleanly"
        profile.settings_path.write_bytes(raw)
        result = start(Path(tmp))
        assert result.outcome == "ticks"
