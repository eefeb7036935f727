"""Versioned JSON files in the user's profile: written atomically, set aside (never crashing) when corrupt.

Reading goes through :mod:`game.readfile` (a regular file within its :mod:`game.limits` size, JSON nested at
most ``JSON_DEPTH`` deep) and accepts only finite numbers; writing refuses non-finite numbers, so what the game
writes it reads back.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from game.limits import JSON_DEPTH, SAVE_FILE, SETTINGS_FILE, Limit
from game.readfile import FileRefusedError, loads, read_text

FILE_LIMITS: dict[str, Limit] = {"save": SAVE_FILE, "settings": SETTINGS_FILE}
"""The size limit of each kind of profile file (``read_versioned``'s ``kind``)."""


class ProfileReadError(ValueError):
    """A profile file that cannot be read as bounded JSON: the message says why, for the set-aside note."""


@dataclass(frozen=True, slots=True)
class ReadResult:
    """What reading a profile file gave: its data (or ``None``) and a message for the player, if any."""

    data: dict[str, object] | None
    message: str | None = None
    moved: Path | None = None
    """Where a bad file was set aside (``None`` when it was not, or could not be)."""


def encode(data: dict[str, object]) -> str:
    """The file's text; ``ValueError`` when the data holds a number that is not finite (NaN, Infinity)."""
    return json.dumps(data, indent=2, sort_keys=True, allow_nan=False) + "\n"


def write_atomic(path: Path, data: dict[str, object]) -> None:
    """Write JSON to ``path`` through a temporary file and a rename, so a crash never leaves half a file.

    Raises ``ValueError`` (before touching the disk) for non-finite numbers and ``OSError`` for a full disk or
    a folder that cannot be written; the old file is then left as it was and no temporary file remains.
    """
    text = encode(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def clean_orphans(path: Path) -> list[Path]:
    """Remove temporary files a killed write left beside ``path`` (``NAME.*.tmp``); the ones removed."""
    removed: list[Path] = []
    try:
        candidates = list(path.parent.glob(path.name + ".*.tmp"))
    except OSError:
        return removed
    for orphan in candidates:
        try:
            if orphan.is_file():
                orphan.unlink()
                removed.append(orphan)
        except OSError:
            continue  # a read-only profile: the write notice says so; nothing to do here
    return removed


def set_aside(path: Path) -> Path:
    """Rename a bad file to ``NAME.corrupt-YYYYMMDD-HHMMSS[-N]`` beside it and return the new path."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    os.replace(path, target)
    return target


def _no_constant(name: str) -> object:
    """The game never writes NaN or Infinity: in a profile file they mean damage (and NaN breaks the world)."""
    raise ValueError(f"{name} is not a number the game writes")


def check_plain(data: object, max_depth: int = JSON_DEPTH.value) -> str | None:
    """Why parsed JSON is not plain profile data (nested too deep, a number that is not finite), or ``None``.

    Iterative, so a deep value cannot exhaust the stack while being checked."""
    stack: list[tuple[object, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            return f"it holds a number that is not finite ({value})"
        if isinstance(value, dict | list):
            if depth > max_depth:
                return f"it is nested more than {max_depth} deep"
            inner = value.values() if isinstance(value, dict) else value
            stack.extend((v, depth + 1) for v in inner)
    return None


def parse_bounded(path: Path, limit: Limit) -> object:
    """Bounded JSON from a profile file; :class:`ProfileReadError` says what is wrong with it."""
    try:
        data = loads(read_text(path, limit), parse_constant=_no_constant)
    except FileRefusedError as exc:
        raise ProfileReadError(f"it is refused ({exc.strerror})") from None
    except OSError as exc:
        raise ProfileReadError(f"it cannot be read ({exc.strerror or exc})") from None
    except RecursionError:
        raise ProfileReadError(f"it is nested more than {JSON_DEPTH.value} deep") from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise ProfileReadError(f"it is not readable JSON ({exc})") from None
    problem = check_plain(data)
    if problem is not None:
        raise ProfileReadError(problem)
    return data


def read_versioned(path: Path, kind: str, version: int) -> ReadResult:
    """Read a ``{"version": N, ...}`` JSON object; a missing file is ``None``, a bad one is set aside.

    Temporary files a killed write left beside it are removed first."""
    clean_orphans(path)
    if not os.path.lexists(path):
        return ReadResult(None)
    problem: str | None = None
    data: object = None
    try:
        data = parse_bounded(path, FILE_LIMITS.get(kind, SAVE_FILE))
    except ProfileReadError as exc:
        problem = str(exc)
    if problem is None:
        if not isinstance(data, dict):
            problem = "it is not a JSON object"
        elif type(data.get("version")) is not int or data.get("version") != version:
            problem = f"its version is {data.get('version')!r}, this game reads version {version}"
    if problem is not None:
        return set_aside_result(path, kind, problem)
    assert isinstance(data, dict)
    return ReadResult(data)


def set_aside_result(path: Path, kind: str, problem: str) -> ReadResult:
    """Set a bad file aside and say so (or say that it could not be moved)."""
    moved: Path | None = None
    try:
        moved = set_aside(path)
        where = f"kept as {moved.name}"
    except OSError as exc:
        where = f"could not be moved aside ({exc})"
    return ReadResult(None, f"{kind} file {path} was set aside because {problem}; {where}.", moved)
