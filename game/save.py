"""The autosave: where the player is in the story, written at scene starts and checkpoints."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from game.jsonfile import read_versioned, set_aside_result, write_atomic
from game.profile import Notice, set_aside_notice
from game.settings import SIM_FIELDS, Settings
from game.sim.session import Session
from game.story.values import value_problem

VERSION = 1
MAX_TICKS = 2**53
"""Simulation ticks a save may count (about 4.7 million years at 60 a second)."""
MAX_LIST = 100_000
"""Lines seen, scenes entered and items carried: far more than a game holds."""
NAME = re.compile(r"[^\x00-\x1f\x7f]{1,200}")
"""An item, scene or line id: a short name on one line (stories and maps choose their own names)."""


@dataclass(frozen=True, slots=True)
class SaveGame:
    """A session and where to resume it: a scene, and optionally a map file, a checkpoint and level state."""

    session: dict[str, object]
    scene: str
    map_path: str | None = None
    checkpoint: str | None = None
    level: dict[str, object] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        """The save file's object."""
        return {
            "version": VERSION,
            "session": self.session,
            "scene": self.scene,
            "map_path": self.map_path,
            "checkpoint": self.checkpoint,
            "level": self.level,
        }


def write_save(path: Path, save: SaveGame) -> None:
    """Write the autosave atomically; ``ValueError`` for a number that is not finite (nothing is written),
    ``OSError`` for a disk that cannot take it (the old save stays)."""
    problem = session_problem(save.session)
    if problem is not None:
        raise ValueError(f"the session cannot be saved: {problem}")
    write_atomic(path, save.to_json())


def _names(value: object, what: str) -> str | None:
    if not isinstance(value, list) or len(value) > MAX_LIST:
        return f"{what} is not a list of at most {MAX_LIST} names"
    for item in value:
        if not isinstance(item, str) or not NAME.fullmatch(item):
            return f"{what} holds {str(item)[:40]!r}, which is not a name"
    return None


def session_problem(session: dict[str, object]) -> str | None:
    """Why a saved session's values are out of range (types are checked by ``Session.from_save``)."""
    bond = session.get("bond")
    if not isinstance(bond, int | float) or isinstance(bond, bool) or not 0.0 <= bond <= 1.0:
        return f"its bond is {bond!r}, not a number from 0 to 1"
    for key, top in (("caught", MAX_TICKS), ("ticks", MAX_TICKS), ("seed", 2**64)):
        value = session.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= top:
            return f"its {key} is {str(value)[:40]}, not a whole number from 0 to {top}"
    for key in ("inventory", "scenes", "seen"):
        problem = _names(session.get(key), key)
        if problem is not None:
            return problem
    inventory = session.get("inventory")
    if isinstance(inventory, list) and len(set(inventory)) != len(inventory):
        return "its inventory holds an item twice"
    sim = session.get("sim_settings")
    if not isinstance(sim, dict) or not set(sim) <= set(SIM_FIELDS):
        return "its sim_settings are not the game's simulation settings"
    _, messages = Settings().with_sim_settings(sim)
    if messages:
        return f"its sim_settings are not valid ({messages[0]})"
    globals_ = session.get("globals")
    values = globals_.get("values") if isinstance(globals_, dict) else None
    if isinstance(values, dict):
        for name, value in values.items():
            problem = value_problem(value)
            if problem is not None:
                return f"its story value {str(name)[:40]!r} is {problem}"
    return None


def read_save(path: Path) -> tuple[SaveGame | None, Notice | None]:
    """The autosave, or ``None`` and a notice when it is missing or was set aside as corrupt or invalid."""
    result = read_versioned(path, "save", VERSION)
    if result.data is None:
        return None, None if result.message is None else set_aside_notice(result.message, result.moved)
    data = result.data
    session, scene = data.get("session"), data.get("scene")
    problem = None
    if not isinstance(session, dict) or not isinstance(scene, str):
        problem = "it lacks a session or a scene"
    else:
        try:
            Session.from_save(session)
        except ValueError as exc:
            problem = str(exc)
        else:
            problem = session_problem(session)
    if problem is not None or not isinstance(session, dict) or not isinstance(scene, str):
        aside = set_aside_result(path, "save", problem or "it does not fit")
        return None, set_aside_notice(aside.message or "", aside.moved)
    level, checkpoint, map_path = data.get("level"), data.get("checkpoint"), data.get("map_path")
    return (
        SaveGame(
            session=session,
            scene=scene,
            map_path=map_path if isinstance(map_path, str) else None,
            checkpoint=checkpoint if isinstance(checkpoint, str) else None,
            level=level if isinstance(level, dict) else {},
        ),
        None,
    )
