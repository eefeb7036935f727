"""The per-tick input the simulation sees: pure data, no devices."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import IntFlag

MOVE_STEPS = 64
"""Move axes are quantized to multiples of 1/MOVE_STEPS so that recorded frames replay bit for bit."""


class Action(IntFlag):
    """Buttons a player can hold or press. ``UP``..``RIGHT`` are menu directions derived from movement."""

    NONE = 0
    RUN = 1
    INTERACT = 2
    HANDS = 4
    CAMCORDER = 8
    PAUSE = 16
    CONFIRM = 32
    BACK = 64
    UP = 128
    DOWN = 256
    LEFT = 512
    RIGHT = 1024


_AND = int.__and__
"""The plain integer ``&``: an IntFlag's own ``&`` runs in Python and builds a flag, several times a tick."""


def quantize_axis(value: float) -> float:
    """Round an axis value in [-1, 1] to the replay grid (exact in binary floating point)."""
    clamped = max(-1.0, min(1.0, value))
    return round(clamped * MOVE_STEPS) / MOVE_STEPS


def quantize_move(x: float, y: float) -> tuple[float, float]:
    """Clamp a move vector to length 1 and quantize both axes."""
    length = math.hypot(x, y)
    if length > 1.0:
        x, y = x / length, y / length
    return (quantize_axis(x), quantize_axis(y))


@dataclass(frozen=True, slots=True)
class InputFrame:
    """What the player(s) asked for during one tick.

    ``held`` are buttons down during the tick; ``pressed`` went down since the previous tick (edges are never
    lost, even when a press and release fall between two ticks). ``move2``/``held2``/``pressed2`` belong to a
    second player driving the partner in local co-op and stay empty otherwise.
    """

    move: tuple[float, float] = (0.0, 0.0)
    held: Action = Action.NONE
    pressed: Action = Action.NONE
    move2: tuple[float, float] = (0.0, 0.0)
    held2: Action = Action.NONE
    pressed2: Action = Action.NONE

    def is_held(self, action: Action) -> bool:
        """True while ``action`` is held."""
        return _AND(self.held, action) != 0

    def was_pressed(self, action: Action) -> bool:
        """True on the tick ``action`` went down."""
        return _AND(self.pressed, action) != 0

    def encode(self) -> list[int]:
        """A compact integer list for recordings (see :func:`decode_frame`)."""
        return [
            round(self.move[0] * MOVE_STEPS),
            round(self.move[1] * MOVE_STEPS),
            int(self.held),
            int(self.pressed),
            round(self.move2[0] * MOVE_STEPS),
            round(self.move2[1] * MOVE_STEPS),
            int(self.held2),
            int(self.pressed2),
        ]


def decode_frame(values: list[int]) -> InputFrame:
    """Rebuild a frame from :meth:`InputFrame.encode`'s list; raises ``ValueError`` on a malformed list."""
    if len(values) not in (4, 8) or not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        raise ValueError(f"an input frame is 4 or 8 integers, not {values!r}")
    full = [*values, 0, 0, 0, 0] if len(values) == 4 else values
    mx, my, held, pressed, mx2, my2, held2, pressed2 = full
    for axis in (mx, my, mx2, my2):
        if not -MOVE_STEPS <= axis <= MOVE_STEPS:
            raise ValueError(f"move axis {axis} is outside ±{MOVE_STEPS}")
    return InputFrame(
        move=(mx / MOVE_STEPS, my / MOVE_STEPS),
        held=Action(held & _ALL),
        pressed=Action(pressed & _ALL),
        move2=(mx2 / MOVE_STEPS, my2 / MOVE_STEPS),
        held2=Action(held2 & _ALL),
        pressed2=Action(pressed2 & _ALL),
    )


_ALL = int(sum(a.value for a in Action))


class InputEndedError(Exception):
    """Raised by a frame source that ends the run early (the bot gave up); the message says why."""


IDLE = InputFrame()
"""The frame of a player who touches nothing."""
