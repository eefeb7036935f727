"""Rebinding rules for the Controls page, pure: slots, conflicts within a group, and no way to lock yourself out.

Each binding has two keyboard slots and one pad slot on screen. Giving a key to a binding takes it from any
binding in the same conflict group (``game.input.bindings.GROUPS``); a binding left with nothing gets the key
that was replaced, so every action always has a key and a button. Esc always pauses and goes back: it cannot be
given to anything else and is put back on pause and back if a rebind pushed it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.i18n import Msg
from game.input.bindings import Bindings, group_of
from game.input.devices import Device
from game.render.prompts import key_label, pad_label

BINDING_ORDER = (
    "up",
    "down",
    "left",
    "right",
    "run",
    "interact",
    "hands",
    "camcorder",
    "pause",
    "confirm",
    "back",
)
"""The rows of the Controls page, in order."""

BINDING_LABELS: dict[str, Msg] = {
    "up": Msg("ui.binding.up", "Move up"),
    "down": Msg("ui.binding.down", "Move down"),
    "left": Msg("ui.binding.left", "Move left"),
    "right": Msg("ui.binding.right", "Move right"),
    "run": Msg("ui.binding.run", "Run"),
    "interact": Msg("ui.binding.interact", "Interact / hide"),
    "hands": Msg("ui.binding.hands", "Hold hands"),
    "camcorder": Msg("ui.binding.camcorder", "Camcorder"),
    "pause": Msg("ui.binding.pause", "Pause"),
    "confirm": Msg("ui.binding.confirm", "Confirm"),
    "back": Msg("ui.binding.back", "Back"),
}

KEY_SLOTS = 2
"""Keyboard slots shown per binding (more may exist in the data; they stay, unseen)."""
RESERVED_KEY = "escape"
ESC_KEEPERS = ("pause", "back")

NOTE_TAKEN = Msg("ui.controls.taken", "{key} was taken from {action}.")
NOTE_SWAPPED = Msg("ui.controls.swapped", "{key} was taken from {action}, which now uses {old}.")
NOTE_RESERVED = Msg(
    "ui.controls.reserved", "Esc always pauses and goes back; it cannot be used for {action}."
)
NOTE_ESC_KEPT = Msg("ui.controls.esc_kept", "Esc still works for {action} too.")
NOTE_REFUSED = Msg("ui.controls.refused", "{key} is the only key {action} has; pick another.")
NOTE_UNCHANGED = Msg("ui.controls.unchanged", "{key} is already bound there.")


@dataclass(frozen=True, slots=True)
class Note:
    """A message about what a rebind did, with the values its text fills in (names already translated)."""

    msg: Msg
    values: dict[str, str] = field(default_factory=dict)
    actions: tuple[str, ...] = ()
    """Binding names among the values (``action``), translated by the scene when it shows the note."""


@dataclass(frozen=True, slots=True)
class Rebind:
    """The outcome of giving a key to a binding: the new bindings and what the player should be told."""

    bindings: Bindings
    changed: bool
    note: Note | None = None


def _label(device: Device, name: str) -> str:
    return pad_label(name) if device is Device.GAMEPAD else key_label(name)


def assign(bindings: Bindings, device: Device, name: str, slot: int, key: str) -> Rebind:
    """Give ``key`` (a key name, or a pad button name) to binding ``name`` in ``slot``."""
    if name not in BINDING_LABELS:
        raise ValueError(f"unknown binding {name!r}")
    keyboard = device is Device.KEYBOARD
    table = {k: list(v) for k, v in (bindings.keys if keyboard else bindings.pad).items()}
    label = _label(device, key)
    if keyboard and key == RESERVED_KEY and name not in ESC_KEEPERS:
        return Rebind(bindings, False, Note(NOTE_RESERVED, {}, (name,)))
    own = table.get(name, [])
    if slot < len(own) and own[slot] == key:
        return Rebind(bindings, False, Note(NOTE_UNCHANGED, {"key": label}))
    replaced = own[slot] if slot < len(own) else None
    note: Note | None = None
    if key in own:
        # Moving a key between this binding's own slots: swap, nothing is taken from anyone.
        at = own.index(key)
        if slot < len(own):
            own[at], own[slot] = own[slot], own[at]
        else:
            own.append(own.pop(at))
    else:
        if slot < len(own):
            own[slot] = key
        else:
            own.append(key)
        for other in group_of(name):
            if other == name or key not in table.get(other, []):
                continue
            left = [k for k in table[other] if k != key]
            if left:
                note = Note(NOTE_TAKEN, {"key": label}, (other,))
            elif replaced is not None:
                left = [replaced]
                note = Note(NOTE_SWAPPED, {"key": label, "old": _label(device, replaced)}, (other,))
            else:
                return Rebind(bindings, False, Note(NOTE_REFUSED, {"key": label}, (other,)))
            table[other] = left
    table[name] = own
    if keyboard and name in ESC_KEEPERS and RESERVED_KEY not in own:
        own.append(RESERVED_KEY)
        note = note or Note(NOTE_ESC_KEPT, {}, (name,))
    frozen = {k: tuple(v) for k, v in table.items()}
    new = Bindings(keys=frozen, pad=bindings.pad) if keyboard else Bindings(keys=bindings.keys, pad=frozen)
    return Rebind(new, True, note)


def slot_labels(bindings: Bindings, name: str) -> tuple[str, str, str]:
    """What the three columns of a binding's row show: two keys (the second with a count of any more keys the
    binding has, which work but have no column) and the first pad button."""
    keys = bindings.keys.get(name, ())
    pad = bindings.pad.get(name, ())
    shown = [key_label(k) for k in keys[:KEY_SLOTS]]
    shown += ["—"] * (KEY_SLOTS - len(shown))
    if len(keys) > KEY_SLOTS:
        # Keys beyond the slots still work; say how many (a bare "Space +" read as a chord, Space plus...).
        shown[-1] += f" (+{len(keys) - KEY_SLOTS})"
    return shown[0], shown[1], pad_label(pad[0]) if pad else "—"


def column_device(column: int) -> tuple[Device, int]:
    """The device and slot a column of a binding row rebinds."""
    return (Device.KEYBOARD, column) if column < KEY_SLOTS else (Device.GAMEPAD, 0)
