"""Bindings as data: which keys and gamepad buttons produce which actions.

Keys use pygame's key names (``pygame.key.name``); pad buttons use SDL GameController names (``a``, ``b``,
``x``, ``y``, ``start``, ``back``, ``leftshoulder``, ``dpup``...). Actions are grouped by context: a key may
serve one action in menus and another in play (Space confirms in a menu and interacts in play), but never two
in the same group — that is a conflict.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from game.input.frame import Action

MOVE_NAMES = ("up", "down", "left", "right")
"""The four movement bindings; they drive the move vector and the menu directions."""

ACTION_NAMES: dict[str, Action] = {
    "run": Action.RUN,
    "interact": Action.INTERACT,
    "hands": Action.HANDS,
    "camcorder": Action.CAMCORDER,
    "pause": Action.PAUSE,
    "confirm": Action.CONFIRM,
    "back": Action.BACK,
}

GROUPS: dict[str, tuple[str, ...]] = {
    "move": MOVE_NAMES,
    "play": ("run", "interact", "hands", "camcorder", "pause"),
    "menu": ("confirm", "back"),
}
"""Bindings that must not share a key or button with each other."""

DEFAULT_KEYS: dict[str, tuple[str, ...]] = {
    "up": ("w", "up"),
    "down": ("s", "down"),
    "left": ("a", "left"),
    "right": ("d", "right"),
    "run": ("left shift", "right shift"),
    "interact": ("e", "space"),
    "hands": ("f",),
    "camcorder": ("c",),
    "pause": ("escape", "p"),
    "confirm": ("return", "space", "e", "enter"),
    "back": ("escape", "backspace"),
}

DEFAULT_PAD: dict[str, tuple[str, ...]] = {
    "up": ("dpup",),
    "down": ("dpdown",),
    "left": ("dpleft",),
    "right": ("dpright",),
    "run": ("b", "rightshoulder"),
    "interact": ("a",),
    "hands": ("x",),
    "camcorder": ("y",),
    "pause": ("start",),
    "confirm": ("a",),
    "back": ("b",),
}

COOP_KEYS_P1: dict[str, tuple[str, ...]] = {
    "up": ("w",),
    "down": ("s",),
    "left": ("a",),
    "right": ("d",),
    "run": ("left shift",),
    "interact": ("e",),
    "hands": ("f",),
    "camcorder": ("c",),
}
COOP_KEYS_P2: dict[str, tuple[str, ...]] = {
    "up": ("up",),
    "down": ("down",),
    "left": ("left",),
    "right": ("right",),
    "run": ("right shift",),
    "interact": ("right ctrl", "keypad 0"),
    "hands": ("keypad enter",),
}
"""With co-op on and one keyboard: WASD drives the player, the arrows drive the partner."""


@dataclass(frozen=True, slots=True)
class Bindings:
    """Keys and pad buttons per binding name (``up``..``right`` and the names in :data:`ACTION_NAMES`)."""

    keys: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_KEYS))
    pad: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_PAD))

    def keys_for(self, name: str) -> tuple[str, ...]:
        """The keys bound to ``name``."""
        return self.keys.get(name, ())

    def rebind_key(self, name: str, key: str) -> Bindings:
        """A copy where ``key`` is the first key of ``name``; a conflicting binding in the same group loses it."""
        return Bindings(keys=_rebind(self.keys, name, key), pad=self.pad)

    def rebind_pad(self, name: str, button: str) -> Bindings:
        """A copy where ``button`` is the first pad button of ``name``, conflicts resolved as for keys."""
        return Bindings(keys=self.keys, pad=_rebind(self.pad, name, button))

    def conflicts(self) -> list[tuple[str, str, str]]:
        """Pairs of bindings in one group that share an input: ``(input, name_a, name_b)``."""
        found: list[tuple[str, str, str]] = []
        for table in (self.keys, self.pad):
            for names in GROUPS.values():
                seen: dict[str, str] = {}
                for name in names:
                    for key in table.get(name, ()):
                        if key in seen and seen[key] != name:
                            found.append((key, seen[key], name))
                        seen.setdefault(key, name)
        return found


def group_of(name: str) -> tuple[str, ...]:
    """The bindings that share a conflict group with ``name``."""
    for names in GROUPS.values():
        if name in names:
            return names
    return (name,)


def _rebind(table: Mapping[str, tuple[str, ...]], name: str, key: str) -> dict[str, tuple[str, ...]]:
    if name not in MOVE_NAMES and name not in ACTION_NAMES:
        raise ValueError(f"unknown binding {name!r}")
    out = {k: tuple(v) for k, v in table.items()}
    for other in group_of(name):
        if other != name and key in out.get(other, ()):
            out[other] = tuple(k for k in out[other] if k != key)
    out[name] = (key, *(k for k in out.get(name, ()) if k != key))
    return out
