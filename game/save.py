"""The autosave: where the player is in the story, written at scene starts and checkpoints."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game.jsonfile import read_versioned, set_aside, write_atomic
from game.sim.session import Session

VERSION = 1


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
    """Write the autosave atomically."""
    write_atomic(path, save.to_json())


def read_save(path: Path) -> tuple[SaveGame | None, str | None]:
    """The autosave, or ``None`` and a message when it is missing or was set aside as corrupt."""
    result = read_versioned(path, "save", VERSION)
    if result.data is None:
        return None, result.message
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
    if problem is not None or not isinstance(session, dict) or not isinstance(scene, str):
        moved = set_aside(path)
        return None, f"save file {path} was set aside because {problem}; kept as {moved.name}."
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
