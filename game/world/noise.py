"""Noise events: something made a sound at a place, heard by path distance within a radius."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class NoiseKind(Enum):
    """What made the noise (the Cube reacts to all of them alike; presentation may not)."""

    RUN = "run"
    KNOCK = "knock"
    SCRIPTED = "scripted"
    SOURCE = "source"


@dataclass(frozen=True, slots=True)
class Noise:
    """A sound made this tick at pixel ``(x, y)``, audible within ``radius`` pixels of walking distance."""

    x: float
    y: float
    radius: float
    kind: NoiseKind = NoiseKind.RUN
