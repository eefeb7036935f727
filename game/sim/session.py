"""The session: one playthrough's state that outlives a level (flags, bond, progress, the generator)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

GAME_SCENES = ("forest", "mall", "fantasy", "confrontation")
"""The game's own level scenes, in order."""


@dataclass(slots=True)
class Session:
    """A playthrough. ``rng`` is the simulation's only generator; presentation has its own."""

    seed: int
    rng: random.Random
    sim_settings: dict[str, object] = field(default_factory=dict)
    scenes: list[str] = field(default_factory=list)
    """Level scene ids entered, in order; a retry does not repeat an entry."""
    caught: int = 0
    flags: dict[str, object] = field(default_factory=dict)
    """Story variables that carry across scenes."""
    bond: float = 0.5
    inventory: list[str] = field(default_factory=list)
    ending: str | None = None
    ticks: int = 0
    """Simulation ticks played in levels, all scenes together (the camcorder's timecode counts these)."""

    @classmethod
    def new(cls, seed: int, sim_settings: dict[str, object] | None = None) -> Session:
        """A new game."""
        return cls(seed=seed, rng=random.Random(seed), sim_settings=dict(sim_settings or {}))

    def enter_scene(self, scene: str) -> None:
        """Note that a level scene started (a retry of the same scene is not a new entry)."""
        if not self.scenes or self.scenes[-1] != scene:
            self.scenes.append(scene)

    def level_seed(self) -> int:
        """A seed for a level's own generator, drawn from the session's."""
        return self.rng.getrandbits(63)

    def snapshot(self) -> dict[str, object]:
        """Plain values for the state hash."""
        version, internal, gauss = self.rng.getstate()
        return {
            "seed": self.seed,
            "rng": [version, list(internal), gauss],
            "sim_settings": self.sim_settings,
            "scenes": list(self.scenes),
            "caught": self.caught,
            "flags": self.flags,
            "bond": round(self.bond, 3),
            "inventory": list(self.inventory),
            "ending": self.ending,
            "ticks": self.ticks,
        }
