"""Recording and replaying input frames.

A recording is JSON Lines: a header object (format version, seed, where the run started and the settings that
change the simulation), then one line per run of identical frames: ``[count, *frame.encode()]``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from game.input.frame import IDLE, InputFrame, decode_frame
from game.limits import MAP_FILE, REPLAY_FILE
from game.readfile import loads, read_bytes

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


def map_fingerprint(path: Path) -> str:
    """A short digest of a map file's text (line endings aside): a replay plays only on the map it was made on."""
    data = read_bytes(path, MAP_FILE, "a map")
    return hashlib.sha256(data.replace(b"\r\n", b"\n")).hexdigest()[:16]


def check_start(
    header: ReplayHeader, path: Path, scene: str | None, map_path: Path | None, fingerprint: str | None
) -> None:
    """Refuse (:class:`ReplayError`) to play a replay somewhere other than where it was recorded.

    ``scene``/``map_path`` are where this run starts; ``fingerprint`` is :func:`map_fingerprint` of the map
    it starts on (``None`` from the title). The frames of one map steer nothing sensible on another.
    """
    was_scene, was_map, was_print = (header.start.get(k) for k in ("scene", "map", "fingerprint"))
    recorded = f"scene {was_scene!r}" if was_scene else (f"map {was_map}" if was_map else "the title")
    here = f"scene {scene!r}" if scene else (f"map {map_path}" if map_path else "the title")
    again = (
        f"--scene {was_scene}" if was_scene else (f"--map {was_map}" if was_map else "no --scene or --map")
    )
    if was_scene and scene and was_scene != scene:
        raise ReplayError(
            f"{path}:1: this replay was recorded in {recorded}, not {here}; play it with {again}"
        )
    if bool(was_scene or was_map) != bool(scene or map_path):
        raise ReplayError(
            f"{path}:1: this replay was recorded in {recorded}, not {here}; play it with {again}"
        )
    if was_map and map_path and not was_print and Path(str(was_map)).resolve() != map_path.resolve():
        raise ReplayError(
            f"{path}:1: this replay was recorded in {recorded}, not {here}; play it with {again}"
        )
    if was_print and fingerprint and was_print != fingerprint:
        raise ReplayError(
            f"{path}:1: this replay was recorded on a different version of the map ({here}: its fingerprint "
            f"is {fingerprint}, the replay's {was_print}); record it again on this map"
        )


class Recorder:
    """Writes frames as they are produced, merging runs of identical frames.

    Any failure to write (a full disk, ``/dev/full``, a folder that is not writable) is a
    :class:`ReplayError` naming the file: the caller says it in one line.
    """

    def __init__(self, path: Path, header: ReplayHeader) -> None:
        self.path = path
        try:
            self._file: IO[str] = path.open("w", encoding="utf-8")
        except OSError as exc:
            raise ReplayError(f"{path}: cannot record the replay: {exc.strerror or exc}") from None
        self._last: list[int] | None = None
        self._count = 0
        self._write(json.dumps(header.to_json(), sort_keys=True) + "\n")

    def _write(self, text: str) -> None:
        try:
            self._file.write(text)
        except OSError as exc:
            self._abandon()
            raise ReplayError(f"{self.path}: cannot record the replay: {exc.strerror or exc}") from None

    def _abandon(self) -> None:
        with contextlib.suppress(OSError):  # what was buffered is lost either way; the first failure is said
            self._file.close()

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
            self._write(json.dumps([self._count, *self._last]) + "\n")

    def close(self) -> None:
        """Write what is pending and close the file."""
        if self._file.closed:
            return
        self._flush()
        self._last = None
        try:
            self._file.close()
        except OSError as exc:
            raise ReplayError(f"{self.path}: cannot record the replay: {exc.strerror or exc}") from None


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
            text = read_bytes(path, REPLAY_FILE, "a replay").decode("utf-8")
        except OSError as exc:
            raise ReplayError(f"{path}: cannot read the replay: {exc.strerror or exc}") from None
        except UnicodeDecodeError as exc:
            raise ReplayError(f"{path}: cannot read the replay: {exc}") from None
        lines = text.splitlines()
        if not lines:
            raise ReplayError(f"{path}:1: the replay is empty (expected a header line)")
        header = _parse_header(path, lines[0])
        runs: list[tuple[int, InputFrame]] = []
        # A replay repeats a few frames many times: one InputFrame each keeps a long replay small in memory.
        frames: dict[tuple[int, ...], InputFrame] = {}
        for number, line in enumerate(lines[1:], start=2):
            if not line.strip():
                continue
            try:
                values = loads(line)
                if not isinstance(values, list) or len(values) < 5:
                    raise ValueError("expected [count, move_x, move_y, held, pressed, ...]")
                count = values[0]
                if not isinstance(count, int) or isinstance(count, bool) or count < 1:
                    raise ValueError(f"run length {count!r} is not a positive integer")
                key = tuple(values[1:]) if all(type(v) is int for v in values[1:]) else None
                frame = frames.get(key) if key is not None else None
                if frame is None:
                    frame = decode_frame(values[1:])  # says what is wrong with a line that is not frames
                    if key is not None:
                        frames[key] = frame
                runs.append((count, frame))
            except ValueError as exc:
                raise ReplayError(f"{path}:{number}: bad frame line: {exc}") from None
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
        data = loads(line)
    except ValueError as exc:
        raise ReplayError(f"{path}:1: the header is not JSON: {exc}") from None
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
