"""The camcorder: looking through it shows the dream view; its battery runs down and slowly comes back."""

from __future__ import annotations

from dataclasses import dataclass

BATTERY_TICKS = 60 * 45
"""A full battery films for 45 seconds."""
RECHARGE_PER_TICK = 0.25
"""Battery ticks regained per tick while not filming (a full charge in three minutes)."""
MIN_TO_START = 60
"""Filming needs at least a second of battery to start."""


@dataclass(slots=True)
class Camcorder:
    """Battery and filming state. Whether the pair owns one is in the session's inventory."""

    battery: float = BATTERY_TICKS
    filming: bool = False

    @property
    def charge(self) -> float:
        """Battery left, 0..1."""
        return self.battery / BATTERY_TICKS

    def toggle(self) -> bool:
        """Start or stop filming; returns whether filming now. Too little battery refuses to start."""
        if self.filming:
            self.filming = False
        elif self.battery >= MIN_TO_START:
            self.filming = True
        return self.filming

    def tick(self, can_stop: bool) -> bool:
        """Drain or recharge for one tick; returns True when an empty battery just stopped the filming.

        ``can_stop`` is False while the holder stands where only the dream lets them stand: the view holds
        (on the last drop of battery) until they step back onto ground that is really there.
        """
        if self.filming:
            self.battery = max(0.0, self.battery - 1.0)
            if self.battery <= 0.0 and can_stop:
                self.filming = False
                return True
            return False
        self.battery = min(float(BATTERY_TICKS), self.battery + RECHARGE_PER_TICK)
        return False

    def to_save(self) -> list[object]:
        """Plain values for saves and the state hash."""
        return [round(self.battery, 3), self.filming]

    @classmethod
    def from_save(cls, data: object) -> Camcorder:
        """From :meth:`to_save`'s list; raises ``ValueError`` on anything else."""
        if not isinstance(data, list) or len(data) != 2 or not isinstance(data[1], bool):
            raise ValueError("camcorder state is not [battery, filming]")
        battery = data[0]
        if not isinstance(battery, int | float) or isinstance(battery, bool):
            raise ValueError("camcorder battery is not a number")
        return cls(max(0.0, min(float(BATTERY_TICKS), float(battery))), data[1])
