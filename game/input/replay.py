"""Recording and replaying input frames.

A recording is JSON Lines: a header object (format version, seed, where the run started and the settings that
change the simulation), then one line per run of identical frames: ``[count, *frame.encode()]``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from game.input.frame import IDLE, InputFrame, decode_frame

FORMAT = "refuge-replay"
VERSION = 1


class ReplayError(Exception):
    """A recording could not be read; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class ReplayHeader:
    """What a replay needs besides its frames to reproduce a run."""

    seed: int
    start: Mapping[str, str | None] = field(default_factory=dict)
    sim_settings: Mapping[str, object] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        """The header line's object."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "seed": self.seed,
            "start": dict(self.start),
            "sim_settings": dict(self.sim_settings),
        }


class Recorder:
    """Writes frames as they are produced, merging runs of identical frames."""

    def __init__(self, path: Path, header: ReplayHeader) -> None:
        self.path = path
        self._file: IO[str] = path.open("w", encoding="utf-8")
        self._file.write(json.dumps(header.to_json(), sort_keys=True) + "\n")
        self._last: list[int] | None = None
        self._count = 0

    def add(self, frame: InputFrame) -> None:
        """Record the frame the simulation got this tick."""
        encoded = frame.encode()
        if encoded == self._last:
            self._count += 1
            return
        self._flush()
        self._last = encoded
        self._count = 1

    def _flush(self) -> None:
        if self._last is not None and self._count:
            self._file.write(json.dumps([self._count, *self._last]) + "\n")

    def close(self) -> None:
        """Write what is pending and close the file."""
        if self._file.closed:
            return
        self._flush()
        self._last = None
        self._file.close()


@dataclass(slots=True)
class Replay:
    """A loaded recording: its header and its frames, handed out one per tick (idle after the end)."""

    header: ReplayHeader
    runs: list[tuple[int, InputFrame]]
    _run: int = 0
    _used: int = 0

    @classmethod
    def load(cls, path: Path) -> Replay:
        """Read a recording; raises :class:`ReplayError` naming the file and line on any problem."""
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ReplayError(f"{path}: cannot read the replay: {exc}") from exc
        lines = text.splitlines()
        if not lines:
            raise ReplayError(f"{path}:1: the replay is empty (expected a header line)")
        header = _parse_header(path, lines[0])
        runs: list[tuple[int, InputFrame]] = []
        for number, line in enumerate(lines[1:], start=2):
            if not line.strip():
                continue
            try:
                values = json.loads(line)
                if not isinstance(values, list) or len(values) < 5:
                    raise ValueError("expected [count, move_x, move_y, held, pressed, ...]")
                count = values[0]
                if not isinstance(count, int) or isinstance(count, bool) or count < 1:
                    raise ValueError(f"run length {count!r} is not a positive integer")
                runs.append((count, decode_frame(values[1:])))
            except ValueError as exc:
                raise ReplayError(f"{path}:{number}: bad frame line: {exc}") from exc
        return cls(header, runs)

    def frames(self) -> Iterator[InputFrame]:
        """Every recorded frame in order."""
        for count, frame in self.runs:
            for _ in range(count):
                yield frame

    @property
    def length(self) -> int:
        """How many ticks the recording covers."""
        return sum(count for count, _ in self.runs)

    def next_frame(self) -> InputFrame:
        """The next tick's frame; idle once the recording has run out."""
        while self._run < len(self.runs):
            count, frame = self.runs[self._run]
            if self._used < count:
                self._used += 1
                return frame
            self._run += 1
            self._used = 0
        return IDLE

    @property
    def finished(self) -> bool:
        """True once every recorded frame has been handed out."""
        return self._run >= len(self.runs) or (
            self._run == len(self.runs) - 1 and self._used >= self.runs[self._run][0]
        )


def _parse_header(path: Path, line: str) -> ReplayHeader:
    try:
        data = json.loads(line)
    except ValueError as exc:
        raise ReplayError(f"{path}:1: the header is not JSON: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReplayError(f'{path}:1: not a Refuge replay (the header needs "format": "{FORMAT}")')
    if data.get("version") != VERSION:
        raise ReplayError(
            f"{path}:1: replay version {data.get('version')!r} is not supported (expected {VERSION})"
        )
    seed = data.get("seed")
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise ReplayError(f"{path}:1: the header's seed must be an integer, not {seed!r}")
    start = data.get("start", {})
    sim = data.get("sim_settings", {})
    if not isinstance(start, dict) or not isinstance(sim, dict):
        raise ReplayError(f"{path}:1: the header's start and sim_settings must be objects")
    return ReplayHeader(seed=seed, start=start, sim_settings=sim)
