"""The fixed-timestep clock: the simulation advances in whole ticks, rendering interpolates between them.

Pure: the caller passes the current time in seconds (a real clock in the app, a fake one in tests).
"""

from __future__ import annotations

from dataclasses import dataclass

TICK_RATE = 60
TICK_SECONDS = 1.0 / TICK_RATE


@dataclass(frozen=True, slots=True)
class FrameSteps:
    """What one rendered frame must do: run ``ticks`` fixed updates, then draw at ``alpha`` in (0..1)."""

    ticks: int
    alpha: float
    dropped: float
    """Seconds thrown away because the frame came too late (a stall); 0 normally."""


class FixedStep:
    """Accumulates real time and hands out fixed ticks, at most ``max_ticks`` per frame."""

    def __init__(self, tick_seconds: float = TICK_SECONDS, max_ticks: int = 5) -> None:
        if tick_seconds <= 0 or max_ticks < 1:
            raise ValueError("tick_seconds must be positive and max_ticks at least 1")
        self.tick_seconds = tick_seconds
        self.max_ticks = max_ticks
        self._last: float | None = None
        self._accumulator = 0.0

    def reset(self, now: float) -> None:
        """Start counting from ``now`` with nothing owed (after a load or a pause)."""
        self._last = now
        self._accumulator = 0.0

    def advance(self, now: float) -> FrameSteps:
        """Account for the time since the last call and say how many ticks to run before drawing."""
        if self._last is None:
            self.reset(now)
            return FrameSteps(0, 0.0, 0.0)
        elapsed = max(0.0, now - self._last)
        self._last = now
        self._accumulator += elapsed
        # The epsilon keeps float error from turning a whole tick owed into 0.9999999 of one.
        ticks = int((self._accumulator + 1e-9) // self.tick_seconds)
        dropped = 0.0
        if ticks > self.max_ticks:
            # A stall (a debugger, a dragged window): run a bounded catch-up and forget the rest, rather than
            # spiralling into ever longer frames.
            dropped = (ticks - self.max_ticks) * self.tick_seconds
            ticks = self.max_ticks
            self._accumulator -= dropped
        self._accumulator -= ticks * self.tick_seconds
        self._accumulator = max(0.0, self._accumulator)
        alpha = min(1.0, max(0.0, self._accumulator / self.tick_seconds))
        return FrameSteps(ticks, alpha, dropped)
