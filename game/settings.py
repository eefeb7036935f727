"""Player settings: typed, validated field by field, saved at once, never a crash on a bad file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from game.input.bindings import ACTION_NAMES, DEFAULT_KEYS, DEFAULT_PAD, MOVE_NAMES, Bindings
from game.jsonfile import read_versioned, write_atomic
from game.profile import SETTINGS_FIXED, Notice, set_aside_notice

VERSION = 1

CHOICES: dict[str, tuple[str, ...]] = {
    "text_speed": ("slow", "normal", "fast", "instant"),
    "text_size": ("small", "normal", "large"),
    "difficulty": ("assist", "normal", "hard"),
    "language": ("en", "ko"),
}
RANGES: dict[str, tuple[int, int]] = {
    "master_volume": (0, 100),
    "music_volume": (0, 100),
    "effects_volume": (0, 100),
    "scale": (0, 8),
    "cube_speed": (50, 100),
    "game_speed": (50, 100),
}
SIM_FIELDS = ("difficulty", "cube_speed", "capture_grace", "skip_chase", "text_speed", "auto_advance")
"""Settings that change the simulation: recordings store them, replays restore them."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the player can set. ``scale`` 0 means the largest whole scale that fits."""

    master_volume: int = 80
    music_volume: int = 70
    effects_volume: int = 80
    fullscreen: bool = False
    scale: int = 0
    vsync: bool = True
    text_speed: str = "normal"
    auto_advance: bool = False
    text_size: str = "normal"
    reduce_flashing: bool = False
    screen_shake: bool = True
    captions: bool = True
    """Important sounds are also shown as text."""
    difficulty: str = "normal"
    cube_speed: int = 100
    game_speed: int = 100
    capture_grace: bool = False
    skip_chase: bool = False
    language: str = "en"
    coop: bool = False
    run_toggle: bool = False
    """Run is pressed once to start and once to stop, instead of held."""
    bindings: Bindings = field(default_factory=Bindings)

    def with_value(self, name: str, value: object) -> Settings:
        """A copy with one field changed; raises ``ValueError`` when the value is not valid for it."""
        if name == "bindings" or name not in {f.name for f in fields(self)}:
            raise ValueError(f"no setting {name!r}")
        problem = _field_problem(name, value, getattr(Settings(), name))
        if problem:
            raise ValueError(f"setting {name!r}: {problem}")
        return replace(self, **{name: value})  # type: ignore[arg-type]

    def volume_levels(self) -> tuple[float, float, float]:
        """Master, music and effects volume as 0..1 (``Audio.set_volumes`` takes them in this order)."""
        return (self.master_volume / 100.0, self.music_volume / 100.0, self.effects_volume / 100.0)

    def sim_settings(self) -> dict[str, object]:
        """The values that change the simulation, for replay headers."""
        return {name: getattr(self, name) for name in SIM_FIELDS}

    def with_sim_settings(self, values: Mapping[str, object]) -> tuple[Settings, list[str]]:
        """A copy with simulation settings from a recording, plus messages for values that were invalid."""
        raw = self.to_json()
        raw.update({k: v for k, v in values.items() if k in SIM_FIELDS})
        return Settings.from_json(raw)

    def to_json(self) -> dict[str, object]:
        """The settings file's object."""
        out: dict[str, object] = {"version": VERSION}
        for f in fields(self):
            if f.name != "bindings":
                out[f.name] = getattr(self, f.name)
        out["bindings"] = {
            "keys": {k: list(v) for k, v in self.bindings.keys.items()},
            "pad": {k: list(v) for k, v in self.bindings.pad.items()},
        }
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> tuple[Settings, list[str]]:
        """Settings from a file's object; each bad or unknown value falls back to its default with a message."""
        defaults = cls()
        values: dict[str, object] = {}
        messages: list[str] = []
        known = {f.name for f in fields(cls)}
        for key in data:
            if key not in known and key != "version":
                messages.append(f"unknown setting {key!r} ignored")
        for f in fields(cls):
            if f.name == "bindings" or f.name not in data:
                continue
            value = data[f.name]
            default = getattr(defaults, f.name)
            problem = _field_problem(f.name, value, default)
            if problem:
                messages.append(f"setting {f.name!r}: {problem}; using {default!r}")
            else:
                values[f.name] = value
        bindings, binding_messages = _bindings_from(data.get("bindings"))
        messages.extend(binding_messages)
        return replace(defaults, bindings=bindings, **values), messages  # type: ignore[arg-type]


def _field_problem(name: str, value: object, default: object) -> str | None:
    if isinstance(default, bool):
        return None if isinstance(value, bool) else f"{value!r} is not true or false"
    if isinstance(default, int):
        if not isinstance(value, int) or isinstance(value, bool):
            return f"{value!r} is not a whole number"
        low, high = RANGES.get(name, (-(2**31), 2**31))
        return None if low <= value <= high else f"{value} is outside {low}..{high}"
    if isinstance(default, str):
        allowed = CHOICES.get(name, ())
        if not isinstance(value, str) or (allowed and value not in allowed):
            return f"{value!r} is not one of {', '.join(allowed)}"
    return None


def _bindings_from(raw: object) -> tuple[Bindings, list[str]]:
    if raw is None:
        return Bindings(), []
    if not isinstance(raw, dict):
        return Bindings(), ["setting 'bindings' is not an object; using the defaults"]
    messages: list[str] = []
    tables: list[dict[str, tuple[str, ...]]] = []
    names = set(MOVE_NAMES) | set(ACTION_NAMES)
    for part, default in (("keys", DEFAULT_KEYS), ("pad", DEFAULT_PAD)):
        table = dict(default)
        given = raw.get(part, {})
        if not isinstance(given, dict):
            messages.append(f"setting 'bindings.{part}' is not an object; using the defaults")
            given = {}
        for name, keys in given.items():
            if name not in names:
                messages.append(f"binding {name!r} does not exist; ignored")
            elif not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
                messages.append(f"binding {part}.{name} must be a list of names; using the default")
            else:
                table[name] = tuple(keys)
        tables.append(table)
    bindings = Bindings(keys=tables[0], pad=tables[1])
    if bindings.conflicts():
        key, a, b = bindings.conflicts()[0]
        messages.append(f"bindings {a!r} and {b!r} share {key!r}; using the default bindings")
        return Bindings(), messages
    return bindings, messages


def load_settings(path: Path) -> tuple[Settings, list[str]]:
    """Read settings; a missing file gives defaults, a corrupt one is set aside, bad values fall back."""
    result = read_versioned(path, "settings", VERSION)
    if result.data is None:
        if result.message is None:
            return Settings(), []
        return Settings(), [set_aside_notice(result.message, result.moved, settings=True)]
    settings, messages = Settings.from_json(result.data)
    if messages:
        # The first message carries the line the game shows; all of them go to the terminal.
        messages[0] = Notice(messages[0], SETTINGS_FIXED)
    return settings, messages


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically (``OSError`` when the disk cannot take them: the caller tells the player)."""
    write_atomic(path, settings.to_json())
