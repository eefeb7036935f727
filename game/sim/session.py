"""The session: one playthrough's state that outlives a level (flags, bond, progress, the generator)."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from game.story.state import Globals

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
    story_globals: Globals = field(default_factory=Globals)
    """Story variables that carry across scenes (choices, kept memories)."""
    seen: set[str] = field(default_factory=set)
    """Line ids ever shown (seen lines can be skipped)."""
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

    def to_save(self) -> dict[str, object]:
        """Everything needed to resume the session, as plain JSON values (the generator's state included)."""
        version, internal, gauss = self.rng.getstate()
        return {
            "seed": self.seed,
            "rng": [version, list(internal), gauss],
            "sim_settings": dict(self.sim_settings),
            "scenes": list(self.scenes),
            "caught": self.caught,
            "globals": self.story_globals.to_save(),
            "seen": sorted(self.seen),
            "bond": self.bond,
            "inventory": list(self.inventory),
            "ending": self.ending,
            "ticks": self.ticks,
        }

    @classmethod
    def from_save(cls, data: Mapping[str, object]) -> Session:
        """Rebuild a session from :meth:`to_save`'s values; raises ``ValueError`` naming a bad field."""
        rng_state = _field(data, "rng", list)
        if len(rng_state) != 3 or not isinstance(rng_state[1], list):
            raise ValueError("field 'rng' is not a generator state")
        rng = random.Random()
        try:
            rng.setstate((rng_state[0], tuple(rng_state[1]), rng_state[2]))
        except (TypeError, ValueError, OverflowError) as exc:
            raise ValueError(f"field 'rng' is not a generator state ({exc})") from exc
        ending = data.get("ending")
        return cls(
            seed=_field(data, "seed", int),
            rng=rng,
            sim_settings=dict(_field(data, "sim_settings", dict)),
            scenes=[str(s) for s in _field(data, "scenes", list)],
            caught=_field(data, "caught", int),
            story_globals=Globals.from_save(data.get("globals")),
            seen={str(s) for s in _field(data, "seen", list)},
            bond=float(_field(data, "bond", float)),
            inventory=[str(s) for s in _field(data, "inventory", list)],
            ending=ending if isinstance(ending, str) else None,
            ticks=_field(data, "ticks", int),
        )

    def snapshot(self) -> dict[str, object]:
        """Plain values for the state hash."""
        return self.to_save()


T = TypeVar("T")


def _field(data: Mapping[str, object], key: str, kind: type[T]) -> T:
    value = data.get(key)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"field {key!r} is missing or is not a {kind.__name__}")
    return value
