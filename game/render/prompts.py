"""On-screen prompts: key and pad-button labels, and hint lines that follow the device the player used last."""

from __future__ import annotations

import re
from collections.abc import Sequence

from game.i18n import Msg, Translator
from game.input.bindings import Bindings
from game.input.devices import Device

KEY_LABELS: dict[str, str] = {
    "return": "Enter",
    "enter": "Num Enter",
    "keypad enter": "Num Enter",
    "escape": "Esc",
    "space": "Space",
    "backspace": "Backspace",
    "tab": "Tab",
    "left shift": "L-Shift",
    "right shift": "R-Shift",
    "left ctrl": "L-Ctrl",
    "right ctrl": "R-Ctrl",
    "left alt": "L-Alt",
    "right alt": "R-Alt",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
    "keypad 0": "Num 0",
}
PAD_LABELS: dict[str, str] = {
    "a": "Ⓐ",
    "b": "Ⓑ",
    "x": "Ⓧ",
    "y": "Ⓨ",
    "start": "Start",
    "back": "Select",
    "guide": "Guide",
    "leftshoulder": "LB",
    "rightshoulder": "RB",
    "leftstick": "L3",
    "rightstick": "R3",
    "dpup": "D-pad ↑",
    "dpdown": "D-pad ↓",
    "dpleft": "D-pad ←",
    "dpright": "D-pad →",
}
ARROWS = ("up", "down", "left", "right")


def key_label(name: str) -> str:
    """A short label for a pygame key name (``left shift`` -> ``L-Shift``, ``e`` -> ``E``)."""
    label = KEY_LABELS.get(name)
    if label is not None:
        return label
    if name.startswith("keypad "):
        return "Num " + name[len("keypad ") :].upper()
    return name.upper() if len(name) == 1 else name.title()


def pad_label(name: str) -> str:
    """A short label for an SDL controller button name (``a`` -> ``Ⓐ``)."""
    return PAD_LABELS.get(name, name.upper())


def input_label(bindings: Bindings, device: Device, name: str) -> str:
    """The label of the first key (or pad button) bound to ``name``; arrow keys preferred for directions."""
    if device is Device.GAMEPAD:
        buttons = bindings.pad.get(name, ())
        return pad_label(buttons[0]) if buttons else "—"
    keys = bindings.keys.get(name, ())
    if name in ARROWS and name in keys:
        return key_label(name)
    return key_label(keys[0]) if keys else "—"


HINT_MOVE = Msg("ui.hint.move", "Move")
HINT_CHANGE = Msg("ui.hint.change", "Change")
HINT_SELECT = Msg("ui.hint.select", "Select")
HINT_BACK = Msg("ui.hint.back", "Back")


def hint_line(
    translator: Translator, bindings: Bindings, device: Device, hints: Sequence[tuple[Sequence[str], Msg]]
) -> str:
    """A hint line like ``↑↓ Move   Enter Select   Esc Back`` for the device used last.

    Each hint is the bindings it names (their labels are joined) and what they do.
    """
    parts: list[str] = []
    for names, what in hints:
        labels: list[str] = []
        for name in names:
            label = input_label(bindings, device, name)
            if device is Device.GAMEPAD and label.startswith("D-pad ") and labels:
                label = label[len("D-pad ") :]  # "D-pad ↑↓", not "D-pad ↑D-pad ↓"
            labels.append(label)
        joiner = "" if all(len(label) == 1 or label.startswith("D-pad") for label in labels) else "/"
        parts.append(f"{joiner.join(labels)} {translator.msg(what)}")
    return "   ".join(parts)


_TOKEN = re.compile(r"\[(up|down|left|right|run|interact|hands|camcorder|pause|confirm|back)\]")


def fill_inputs(text: str, bindings: Bindings, device: Device) -> str:
    """Replace ``[run]``-style tokens in player-facing text with the key or button for the device used last."""
    if "[" not in text:
        return text
    return _TOKEN.sub(lambda m: input_label(bindings, device, m.group(1)), text)
