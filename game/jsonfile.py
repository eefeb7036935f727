"""Versioned JSON files in the user's profile: written atomically, set aside (never crashing) when corrupt."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class ReadResult:
    """What reading a profile file gave: its data (or ``None``) and a message for the player, if any."""

    data: dict[str, object] | None
    message: str | None = None


def write_atomic(path: Path, data: dict[str, object]) -> None:
    """Write JSON to ``path`` through a temporary file and a rename, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=2, sort_keys=True)
            out.write("\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def set_aside(path: Path) -> Path:
    """Rename a bad file to ``NAME.corrupt[-N]`` beside it and return the new path."""
    target = path.with_name(path.name + ".corrupt")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{n}")
    os.replace(path, target)
    return target


def _no_constant(name: str) -> object:
    """The game never writes NaN or Infinity: in a profile file they mean damage (and NaN breaks the world)."""
    raise ValueError(f"{name} is not a number the game writes")


def read_versioned(path: Path, kind: str, version: int) -> ReadResult:
    """Read a ``{"version": N, ...}`` JSON object; a missing file is ``None``, a bad one is set aside."""
    if not path.exists():
        return ReadResult(None)
    problem: str | None = None
    data: object = None
    try:
        data = json.loads(path.read_text(encoding="utf-8"), parse_constant=_no_constant)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        problem = f"it is not readable JSON ({exc})"
    if problem is None:
        if not isinstance(data, dict):
            problem = "it is not a JSON object"
        elif data.get("version") != version:
            problem = f"its version is {data.get('version')!r}, this game reads version {version}"
    if problem is not None:
        try:
            moved = set_aside(path)
            where = f"kept as {moved.name}"
        except OSError as exc:
            where = f"could not be moved aside ({exc})"
        return ReadResult(None, f"{kind} file {path} was set aside because {problem}; {where}.")
    assert isinstance(data, dict)
    return ReadResult(data)
