"""Hostile files and input (issue 14): each is refused with ONE line naming the file, quickly, in little memory.

Every case runs the real command line in a subprocess under a 1 GB address-space cap (``RLIMIT_AS``) and
asserts: the exit code (2, or 1 for ``check``), exactly one line of output naming the file, no traceback, a
peak resident size under 300 MB (the child's own ``ru_maxrss``, from ``os.wait4``) and at most :data:`SLACK`
seconds of CPU more than the same command on a good file (its start-up, measured here, not guessed).

Time is measured as CPU time (user + system) because this machine is shared: a load average of 15 on two
cores stretches a 0.8 s start-up to 3.5 s of wall time, which says nothing about the file. A hang spends no
CPU, so every run also has a wall-clock guard (:data:`HANG`) that a FIFO read or a busy loop would trip.
Fixtures are built here: FIFOs with ``os.mkfifo``, ``/dev/zero`` where the system has it, bombs with zlib.
"""

from __future__ import annotations

import base64
import json
import os
import re
import resource
import shutil
import signal
import struct
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from game import limits
from game.readfile import FileRefusedError, TooDeepError, check_depth, loads, read_bytes
from tests.helpers import ROOT, game_env

FIXTURES = ROOT / "tests" / "fixtures" / "maps"
MEMORY_CAP = 1 << 30
"""The address-space cap each run gets: a run that tries to take gigabytes fails inside it, not the machine."""
PEAK_RSS = 300 << 20
SLACK = 2.0
"""CPU seconds a hostile run may take beyond the same command on a good file (measured once per session)."""
STOP_CPU = 0.5
"""CPU seconds a run may spend ending after SIGTERM/SIGINT (finishing its tick, closing scenes, exiting)."""
HANG = 20.0
"""Wall seconds after which a run counts as hung (start-up on a loaded machine takes up to a few seconds)."""
HAS_DEV_ZERO = Path("/dev/zero").exists()


@dataclass(frozen=True, slots=True)
class Run:
    code: int
    out: str
    err: str
    seconds: float
    """Wall-clock seconds (from the signal, when one was sent)."""
    cpu: float
    """User + system CPU seconds of the child."""
    cpu_after_signal: float
    """CPU seconds the child used after the signal was sent (0 when none was)."""
    peak_rss: int

    @property
    def lines(self) -> list[str]:
        return [line for line in (self.out + self.err).splitlines() if line.strip()]


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def stop_wall_limit(seconds: float) -> float:
    """``seconds`` on a machine with a core to spare; three times that when it is overloaded (the load average
    above the core count, as when eight engineers share two cores), since a process then gets a fraction of
    a core and wall time measures its neighbours. :data:`STOP_CPU` holds either way."""
    return seconds if os.getloadavg()[0] <= (os.cpu_count() or 1) else 3 * seconds


def _cpu_of(pid: int) -> float:
    """CPU seconds a running process has used so far (from /proc; 0 where there is none)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


PEAK_PROGRAM = (
    "import atexit, os, sys\n"
    "def _peak():\n"
    "    with open('/proc/self/status') as f, open(os.environ['REFUGE_TEST_PEAK'], 'w') as out:\n"
    "        out.write(f.read().split('VmHWM:')[1].split()[0])\n"
    "atexit.register(_peak)\n"
    "from game.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)
"""``python -m game`` that also writes its own peak resident size (``VmHWM``, kB) to a file at exit: a child's
``ru_maxrss`` would also count the memory of the test worker it was forked from."""


def run_measured(
    args: list[str], tmp: Path, timeout: float = HANG, send: int | None = None, busy: float = 0.0
) -> Run:
    """``python -m game ARGS`` under the memory cap, waited for with ``os.wait4``; the peak RSS is the child's
    own (:data:`PEAK_PROGRAM`; where it wrote none, ``ru_maxrss``, which can only read high). With ``send``,
    that signal is sent once the child has used ``busy`` CPU seconds (so it is surely in its loop, however
    loaded the machine), and ``seconds`` counts from then."""
    r_out, w_out = os.pipe()
    cpu_at_signal = 0.0
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: cap, redirect, exec
        try:
            os.chdir(ROOT)
            os.dup2(w_out, 1)
            os.dup2(w_out, 2)
            os.close(r_out)
            _cap()
            env = {**game_env(tmp), "REFUGE_TEST_PEAK": str(tmp / "peak_kb")}
            os.execve(sys.executable, [sys.executable, "-c", PEAK_PROGRAM, *args], env)
        finally:
            os._exit(127)
    os.close(w_out)
    chunks: list[bytes] = []
    deadline = start + timeout
    if send is not None:
        while _cpu_of(pid) < busy and time.monotonic() < deadline:
            time.sleep(0.02)
        cpu_at_signal = _cpu_of(pid)
        os.kill(pid, send)
        start = time.monotonic()
    os.set_blocking(r_out, False)
    status = usage = None
    while True:
        try:
            chunk = os.read(r_out, 65536)
            if chunk:
                chunks.append(chunk)
                continue
        except BlockingIOError:
            pass
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.wait4(pid, 0)
            pytest.fail(f"refuge {' '.join(args)} did not end within {timeout} s")
        time.sleep(0.005)
    seconds = time.monotonic() - start
    os.set_blocking(r_out, True)
    while chunk := os.read(r_out, 65536):
        chunks.append(chunk)
    os.close(r_out)
    assert usage is not None and status is not None
    text = b"".join(chunks).decode(errors="replace")
    cpu = usage.ru_utime + usage.ru_stime
    after = cpu - cpu_at_signal if send is not None else 0.0
    peak_file = tmp / "peak_kb"
    peak = int(peak_file.read_text()) * 1024 if peak_file.exists() else usage.ru_maxrss * 1024
    peak_file.unlink(missing_ok=True)
    return Run(os.waitstatus_to_exitcode(status), text, "", seconds, cpu, after, peak)


_baseline: dict[str, float] = {}
GOOD_RUNS = {
    "check": ["check", str(FIXTURES / "ok.tmx")],
    "headless": ["headless", "--scene", "forest", "--ticks", "1", "--render"],
    "play": ["play", "--scene", "forest", "--scale", "0", "--lang", "xx"],
}


def baseline(tmp: Path, command: str) -> float:
    """CPU seconds a normal run of ``command`` on a good file takes here (start-up included), measured once.

    ``play`` is measured by its refusal of an unknown language, found where the scale is checked (a good
    ``play`` would open a window and wait for a player)."""
    if command not in _baseline:
        runs = [run_measured(GOOD_RUNS[command], tmp) for _ in range(2)]
        assert command == "play" or all(r.code == 0 for r in runs), runs[0].out
        _baseline[command] = min(r.cpu for r in runs)
    return _baseline[command]


def assert_refused(result: Run, name: str, code: int, tmp: Path, command: str, lines: int = 1) -> None:
    """Exit ``code``, ``lines`` lines of output (the first naming ``name``), no traceback, quick, small."""
    shown = "\n".join(result.lines)
    assert result.code == code, f"exit {result.code}, wanted {code}:\n{shown}"
    assert "Traceback" not in shown, shown
    assert len(result.lines) == lines, f"{len(result.lines)} lines, wanted {lines}:\n{shown}"
    assert name in result.lines[0], f"{name!r} not named in: {result.lines[0]}"
    good = baseline(tmp, command)
    assert result.cpu < good + SLACK, f"took {result.cpu:.2f} s of CPU (a good run: {good:.2f} s)"
    assert result.peak_rss < PEAK_RSS, f"peak RSS {result.peak_rss >> 20} MB"


def check_refused(tmp: Path, target: Path, name: str) -> Run:
    """``refuge check TARGET``: exit 1, one diagnostic naming ``name`` plus the "N problem(s)" summary."""
    result = run_measured(["check", str(target)], tmp)
    assert_refused(result, name, 1, tmp, "check", lines=2)
    assert re.search(r"\b1 problem\b", result.lines[1]), result.lines  # check's summary line
    return result


def headless_refused(tmp: Path, target: Path, name: str, *extra: str) -> Run:
    """``refuge headless --map TARGET``: exit 2, one line naming ``name``."""
    result = run_measured(["headless", "--map", str(target), "--ticks", "5", *extra], tmp)
    assert_refused(result, name, 2, tmp, "headless")
    return result


# ---- fixtures ------------------------------------------------------------------------------------------------

CSV_OK = ",\n".join(",".join("2" if x in (0, 9) or y in (0, 7) else "1" for x in range(10)) for y in range(8))

MAP = """<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" orientation="orthogonal" renderorder="right-down" width="{width}" height="{height}"
 tilewidth="{tile}" tileheight="{tile}" infinite="0" nextlayerid="3" nextobjectid="9">
 <properties>
  <property name="scene" value="hostile"/>{props}
 </properties>
 <tileset firstgid="1" source="{tileset}"/>
 <layer id="1" name="ground" width="{width}" height="{height}">
  <data {encoding}>
{data}
</data>
 </layer>
 {groups_open}<objectgroup id="2" name="objects">
  <object id="1" name="spawn_player" type="Spawn" x="{spawn_x}" y="24">
   <properties>
    <property name="who" value="player"/>
   </properties>
   <point/>
  </object>{objects}
 </objectgroup>{groups_close}
</map>
"""


def make_map(tmp: Path, name: str = "hostile.tmx", **fields: object) -> Path:
    """A small good map (10 x 8, the tiny tileset) with ``fields`` replaced; tileset and picture copied beside."""
    for part in ("tiny.tsx", "tiny.png"):
        if not (tmp / part).exists():
            shutil.copy(FIXTURES / part, tmp / part)
    values: dict[str, object] = {
        "width": 10,
        "height": 8,
        "tile": 16,
        "props": "",
        "tileset": "tiny.tsx",
        "encoding": 'encoding="csv"',
        "data": CSV_OK,
        "groups_open": "",
        "groups_close": "",
        "spawn_x": 24,
        "objects": "",
    }
    values.update(fields)
    path = tmp / name
    path.write_text(MAP.format(**values), encoding="utf-8")
    return path


def fifo(tmp: Path, name: str) -> Path:
    path = tmp / name
    os.mkfifo(path)
    return path


def zero(tmp: Path, name: str) -> Path:
    """A symlink named like content that points at /dev/zero (skipped where there is none)."""
    if not HAS_DEV_ZERO:
        if os.environ.get("CI"):
            pytest.fail("/dev/zero is missing on CI")
        pytest.skip("this system has no /dev/zero")
    path = tmp / name
    path.symlink_to("/dev/zero")
    return path


def good_map_works(tmp: Path) -> None:
    """The fixture map itself is fine: each case below breaks exactly one thing."""
    result = run_measured(["check", str(make_map(tmp, "good.tmx"))], tmp)
    assert result.code == 0, result.out


# ---- the reader ----------------------------------------------------------------------------------------------


def test_reader_refuses_what_is_not_a_regular_file_and_stops_at_the_limit(tmp_path: Path) -> None:
    small = limits.Limit(10, "bytes", "a test file")
    (tmp_path / "ten").write_bytes(b"0123456789")
    (tmp_path / "eleven").write_bytes(b"0123456789A")
    assert read_bytes(tmp_path / "ten", small) == b"0123456789"
    with pytest.raises(FileRefusedError, match="at most 10 bytes"):
        read_bytes(tmp_path / "eleven", small)
    pipe = fifo(tmp_path, "pipe")
    start = time.monotonic()
    with pytest.raises(FileRefusedError, match="FIFO"):
        read_bytes(pipe, small)  # no writer: a blocking open would hang here
    assert time.monotonic() - start < 1
    with pytest.raises(FileRefusedError, match="folder"):
        read_bytes(tmp_path, small)
    if HAS_DEV_ZERO:
        with pytest.raises(FileRefusedError, match="character device"):
            read_bytes("/dev/zero", small)
    with pytest.raises(FileNotFoundError):
        read_bytes(tmp_path / "missing", small)


def test_json_nesting_is_refused_before_the_parser_recurses() -> None:
    deep = "[" * 200_000 + "]" * 200_000
    with pytest.raises(TooDeepError, match="200000 levels"):
        loads(deep)
    at_limit = "[" * limits.JSON_DEPTH.value + "]" * limits.JSON_DEPTH.value
    assert isinstance(loads(at_limit), list)
    # Brackets inside strings nest nothing (escaped quotes included).
    assert loads(json.dumps({"a": ["[" * 500, '\\"[[[']})) == {"a": ["[" * 500, '\\"[[[']}
    with pytest.raises(TooDeepError):
        check_depth('{"a": ' * 65 + "1" + "}" * 65)


# ---- unbounded reads -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_tileset_that_is_not_a_file(tmp_path: Path, kind: str) -> None:
    good_map_works(tmp_path)
    target = fifo(tmp_path, "bad.tsx") if kind == "fifo" else zero(tmp_path, "bad.tsx")
    path = make_map(tmp_path, tileset="bad.tsx")
    check_refused(tmp_path, path, "bad.tsx")
    headless_refused(tmp_path, path, "bad.tsx")
    assert target.exists()


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_template_that_is_not_a_file(tmp_path: Path, kind: str) -> None:
    _target = fifo(tmp_path, "bad.tx") if kind == "fifo" else zero(tmp_path, "bad.tx")
    obj = '\n  <object id="2" template="bad.tx" x="40" y="40"/>'
    path = make_map(tmp_path, objects=obj)
    check_refused(tmp_path, path, "bad.tx")
    headless_refused(tmp_path, path, "bad.tx")


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_story_that_is_not_a_file(tmp_path: Path, kind: str) -> None:
    _target = fifo(tmp_path, "bad.yaml") if kind == "fifo" else zero(tmp_path, "bad.yaml")
    path = make_map(tmp_path, props='\n  <property name="story" value="bad.yaml"/>')
    assert "not an ordinary file" in check_refused(tmp_path, path, "bad.yaml").lines[0]
    headless_refused(tmp_path, path, "bad.yaml")


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_map_that_is_not_a_file(tmp_path: Path, kind: str) -> None:
    """The path a save's ``map_path`` names goes through the same reader as ``--map``."""
    target = fifo(tmp_path, "bad.tmx") if kind == "fifo" else zero(tmp_path, "bad.tmx")
    check_refused(tmp_path, target, "bad.tmx")
    result = run_measured(["headless", "--map", str(target), "--ticks", "5"], tmp_path)
    assert_refused(result, "bad.tmx", 2, tmp_path, "headless")


@pytest.mark.parametrize(("width", "height"), [(100_000, 8), (10, 100_000), (1_000_000_000, 1_000_000_000)])
def test_a_huge_map_is_refused_before_its_cells_are_made(tmp_path: Path, width: int, height: int) -> None:
    path = make_map(tmp_path, width=width, height=height)
    result = check_refused(tmp_path, path, "hostile.tmx")
    assert "M042" in result.lines[0] and "README.md, Limits" in result.lines[0]
    headless_refused(tmp_path, path, "hostile.tmx")


@pytest.mark.parametrize("compression", ["zlib", "gzip"])
def test_a_decompression_bomb_is_unpacked_no_further_than_the_map(tmp_path: Path, compression: str) -> None:
    zeros = bytes(1 << 20)
    pack = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | (16 if compression == "gzip" else 0))
    bomb = b"".join(pack.compress(zeros) for _ in range(1024)) + pack.flush()  # 1 GB of cells
    assert len(bomb) < 2 << 20
    text = base64.b64encode(bomb).decode()
    path = make_map(tmp_path, encoding=f'encoding="base64" compression="{compression}"', data=text)
    result = check_refused(tmp_path, path, "hostile.tmx")
    assert "M040" in result.lines[0] and "more than 80 cells" in result.lines[0]
    headless_refused(tmp_path, path, "hostile.tmx")


def png_header(width: int, height: int) -> bytes:
    """The start of a PNG whose header says ``width`` x ``height`` (only the header is ever read)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk + struct.pack(">I", zlib.crc32(chunk))


def test_a_huge_image_layer_picture_is_refused_when_drawn(tmp_path: Path) -> None:
    (tmp_path / "huge.png").write_bytes(png_header(30000, 30000))
    layer = (
        '<imagelayer id="5" name="haze"><image source="huge.png" width="30000" height="30000"/></imagelayer>'
    )
    path = make_map(tmp_path, groups_open=layer)
    headless_refused(tmp_path, path, "hostile.tmx", "--render")
    result = run_measured(["headless", "--map", str(path), "--ticks", "5", "--render"], tmp_path)
    assert "huge.png" in result.lines[0] and "30000 x 30000" in result.lines[0]


def test_a_huge_tileset_picture_is_refused_from_its_header(tmp_path: Path) -> None:
    make_map(tmp_path, "good.tmx")
    # A real, loadable PNG: 30000 x 30000 of one colour compresses to a few hundred KB (3.6 GB once loaded).
    row = b"\x00" + bytes(30000 * 4)
    pack = zlib.compressobj(9)
    body = b"".join(pack.compress(row) for _ in range(30000)) + pack.flush()
    idat = b"IDAT" + body
    end = b"IEND"
    png = png_header(30000, 30000)
    png += struct.pack(">I", len(body)) + idat + struct.pack(">I", zlib.crc32(idat))
    png += struct.pack(">I", 0) + end + struct.pack(">I", zlib.crc32(end))
    (tmp_path / "tiny.png").write_bytes(png)
    path = make_map(tmp_path)
    result = check_refused(tmp_path, path, "tiny.tsx")
    assert "30000 x 30000" in result.lines[0]
    headless_refused(tmp_path, path, "tiny.png", "--render")


@pytest.mark.parametrize("where", ["map", "tileset"])
def test_an_enormous_tile_size_is_refused(tmp_path: Path, where: str) -> None:
    if where == "map":
        path, name = make_map(tmp_path, tile=100_000_000), "hostile.tmx"
    else:
        path, name = make_map(tmp_path), "tiny.tsx"
        tsx = (tmp_path / "tiny.tsx").read_text(encoding="utf-8")
        (tmp_path / "tiny.tsx").write_text(tsx.replace('tilewidth="16"', 'tilewidth="100000000"'), "utf-8")
    result = check_refused(tmp_path, path, name)
    assert "M042" in result.lines[0] or "M003" in result.lines[0]
    headless_refused(tmp_path, path, name, "--render")


def test_groups_nested_five_thousand_deep(tmp_path: Path) -> None:
    depth = 5000
    opens = "".join(f'<group id="{100 + i}" name="g{i}">' for i in range(depth))
    path = make_map(tmp_path, groups_open=opens, groups_close="</group>" * depth)
    result = check_refused(tmp_path, path, "hostile.tmx")
    assert "M001" in result.lines[0] and "deeper than 64" in result.lines[0]
    headless_refused(tmp_path, path, "hostile.tmx")


@pytest.mark.parametrize("value", ["1e300", "-1e12", "99999999999"])
def test_an_object_far_away_is_a_diagnostic_not_a_crash_when_drawn(tmp_path: Path, value: str) -> None:
    obj = f'\n  <object id="3" name="far" type="Checkpoint" x="{value}" y="40" width="16" height="16"/>'
    path = make_map(tmp_path, objects=obj)
    result = run_measured(["check", str(path)], tmp_path)
    assert result.code == 1
    assert "Traceback" not in result.out
    assert any("M022" in line and "hostile.tmx:" in line and "10,000,000" in line for line in result.lines)
    headless_refused(tmp_path, path, "hostile.tmx", "--render")


# ---- check: layers and gids ----------------------------------------------------------------------------------


@pytest.mark.parametrize("cells", [79, 81, 1])
def test_check_reports_a_csv_layer_of_the_wrong_length(tmp_path: Path, cells: int) -> None:
    data = ",".join(["1"] * cells)
    path = make_map(tmp_path, data=data)
    result = check_refused(tmp_path, path, "hostile.tmx")
    line = result.lines[0]
    assert re.match(r".*hostile\.tmx:9:3: error M040: ", line), line
    assert f"holds {cells} cells" in line and "needs 80" in line


def test_check_reports_a_base64_layer_of_the_wrong_length(tmp_path: Path) -> None:
    data = base64.b64encode(struct.pack("<79I", *([1] * 79))).decode()
    path = make_map(tmp_path, encoding='encoding="base64"', data=data)
    result = check_refused(tmp_path, path, "hostile.tmx")
    assert "M040" in result.lines[0] and "holds 79 cells" in result.lines[0]


@pytest.mark.parametrize(
    ("gid", "why"),
    [
        ("99999999999", "is not a tile id"),
        ("4294967295", "past the last tile, 3"),
        ("-5", "is not a tile id"),
    ],
)
def test_check_reports_a_gid_past_the_tileset_where_it_is_written(tmp_path: Path, gid: str, why: str) -> None:
    rows = CSV_OK.split("\n")
    cells = rows[2].split(",")
    cells[3] = gid  # row 2 (file line 12), column 3
    rows[2] = ",".join(cells)
    path = make_map(tmp_path, data="\n".join(rows))
    result = check_refused(tmp_path, path, "hostile.tmx")
    line = result.lines[0]
    assert line.startswith(f"{path}:12:7: error M041: "), line
    assert "cell (3, 2)" in line and why in line
    headless_refused(tmp_path, path, "hostile.tmx")


def test_gids_with_flip_bits_of_tiles_that_exist_still_pass(tmp_path: Path) -> None:
    flipped = str(0x80000000 | 2)
    path = make_map(tmp_path, data=CSV_OK.replace("2", flipped, 1))
    result = run_measured(["check", str(path)], tmp_path)
    assert result.code == 0, result.out


# ---- replays ------------------------------------------------------------------------------------------------


def _record(tmp: Path, scene: str = "forest", ticks: int = 30) -> Path:
    replay = tmp / f"{scene}.replay"
    result = run_measured(["headless", "--scene", scene, "--ticks", str(ticks), "--record", str(replay)], tmp)
    assert result.code == 0, result.out
    return replay


def test_a_replay_nested_two_hundred_thousand_deep(tmp_path: Path) -> None:
    replay = _record(tmp_path)
    lines = replay.read_text(encoding="utf-8").splitlines()
    replay.write_text(lines[0] + "\n" + "[" * 200_000 + "]" * 200_000 + "\n", encoding="utf-8")
    result = run_measured(["headless", "--replay", str(replay), "--ticks", "5"], tmp_path)
    assert_refused(result, f"{replay}:2", 2, tmp_path, "headless")
    assert "200000 levels" in result.lines[0]


def test_a_replay_past_the_size_limit(tmp_path: Path) -> None:
    replay = _record(tmp_path)
    header = replay.read_text(encoding="utf-8").splitlines()[0]
    line = b"[1,0,0,0,0]\n"
    with replay.open("wb") as out:  # 48 MB of valid frames
        out.write(header.encode() + b"\n")
        block = line * 100_000
        while out.tell() < 48 << 20:
            out.write(block)
    result = run_measured(["headless", "--replay", str(replay), "--ticks", "5"], tmp_path)
    assert_refused(result, str(replay), 2, tmp_path, "headless")
    assert "at most 8 MB" in result.lines[0]


def test_a_replay_just_under_the_size_limit_plays_in_little_memory(tmp_path: Path) -> None:
    """The limit is not just a number: the largest replay accepted loads well under the memory budget."""
    replay = _record(tmp_path)
    header = replay.read_text(encoding="utf-8").splitlines()[0]
    lines = b"".join(f"[1,{x},{-x},{x & 3},0]\n".encode() for x in range(-64, 65))
    with replay.open("wb") as out:
        out.write(header.encode() + b"\n")
        while out.tell() + len(lines) <= limits.REPLAY_FILE.value:
            out.write(lines)
    assert replay.stat().st_size > limits.REPLAY_FILE.value - len(lines) - 1
    result = run_measured(["headless", "--replay", str(replay), "--ticks", "5"], tmp_path)
    assert result.code == 0, result.out
    assert result.peak_rss < PEAK_RSS, f"peak RSS {result.peak_rss >> 20} MB"


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_replay_that_is_not_a_file(tmp_path: Path, kind: str) -> None:
    replay = fifo(tmp_path, "x.replay") if kind == "fifo" else zero(tmp_path, "x.replay")
    result = run_measured(["headless", "--replay", str(replay), "--ticks", "5"], tmp_path)
    assert_refused(result, str(replay), 2, tmp_path, "headless")


def test_a_replay_of_one_map_is_refused_on_another(tmp_path: Path) -> None:
    replay = _record(tmp_path, "forest")
    result = run_measured(["headless", "--replay", str(replay), "--scene", "mall", "--ticks", "5"], tmp_path)
    assert_refused(result, str(replay), 2, tmp_path, "headless")
    assert "forest" in result.lines[0] and "mall" in result.lines[0]
    same = run_measured(["headless", "--replay", str(replay), "--ticks", "30"], tmp_path)
    assert same.code == 0, same.out


def test_a_replay_of_a_changed_map_is_refused(tmp_path: Path) -> None:
    path = make_map(tmp_path)
    replay = tmp_path / "map.replay"
    rec = run_measured(["headless", "--map", str(path), "--ticks", "10", "--record", str(replay)], tmp_path)
    assert rec.code == 0, rec.out
    again = ["headless", "--map", str(path), "--replay", str(replay), "--ticks", "10"]
    assert run_measured(again, tmp_path).code == 0
    path.write_text(path.read_text(encoding="utf-8").replace('x="24"', 'x="40"'), encoding="utf-8")
    result = run_measured(again, tmp_path)
    assert_refused(result, str(replay), 2, tmp_path, "headless")
    assert "fingerprint" in result.lines[0]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="this system has no /dev/full")
def test_recording_to_a_full_device_is_one_line(tmp_path: Path) -> None:
    result = run_measured(
        ["headless", "--scene", "forest", "--ticks", "5", "--record", "/dev/full"], tmp_path
    )
    assert_refused(result, "/dev/full", 2, tmp_path, "headless")


def test_recording_into_a_read_only_folder_is_one_line(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        target = locked / "x.replay"
        result = run_measured(
            ["headless", "--scene", "forest", "--ticks", "5", "--record", str(target)], tmp_path
        )
        assert_refused(result, str(target), 2, tmp_path, "headless")
    finally:
        locked.chmod(0o700)


# ---- signals ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_ends_a_headless_run_within_a_second(tmp_path: Path, sig: int, code: int) -> None:
    profile = tmp_path / "profile"
    args = ["headless", "--scene", "forest", "--ticks", "10000000", "--profile", str(profile)]
    # Sent once the run has used a second of CPU more than its start-up: it is playing, not starting.
    result = run_measured(args, tmp_path, send=sig, busy=baseline(tmp_path, "headless") + 1.0)
    assert result.code == code, result.out
    assert result.cpu_after_signal < STOP_CPU, f"spent {result.cpu_after_signal:.2f} s of CPU stopping"
    assert result.seconds < stop_wall_limit(1.0), f"took {result.seconds:.2f} s to stop"
    assert "Traceback" not in result.out
    for saved in profile.glob("*.json"):
        json.loads(saved.read_text(encoding="utf-8"))  # whatever was written is whole
    assert not list(profile.glob("*.tmp"))


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_ends_play_in_a_window_within_a_second(tmp_path: Path, sig: int, code: int) -> None:
    """The windowed loop (SDL's dummy video driver here) stops the same way; the profile stays whole."""
    args = ["play", "--scene", "forest", "--scale", "1"]
    result = run_measured(args, tmp_path, send=sig, busy=baseline(tmp_path, "headless") + 1.0)
    assert result.code == code, result.out
    assert result.cpu_after_signal < STOP_CPU, f"spent {result.cpu_after_signal:.2f} s of CPU stopping"
    assert result.seconds < stop_wall_limit(1.0), f"took {result.seconds:.2f} s to stop"
    assert "Traceback" not in result.out
    profile = list((tmp_path / "xdg-data").rglob("*.json")) + list((tmp_path / "xdg-config").rglob("*.json"))
    assert "save.json" in {p.name for p in profile}, "the scene-start autosave was written before the signal"
    for saved in profile:
        json.loads(saved.read_text(encoding="utf-8"))  # whole, not cut off by the signal
    assert not list(tmp_path.rglob("*.tmp"))


def test_a_signal_during_start_up_also_ends_the_run(tmp_path: Path) -> None:
    args = ["headless", "--scene", "forest", "--ticks", "10000000"]
    result = run_measured(args, tmp_path, send=signal.SIGTERM, busy=0.3)
    assert result.code == 143, result.out
    assert "Traceback" not in result.out
    # Mid-import, Python runs its handler only when the C code of that import returns: never more than the
    # rest of a start-up (a good run's whole start-up, measured), and no tick of play.
    start_up = baseline(tmp_path, "headless")
    assert result.cpu_after_signal < start_up, f"spent {result.cpu_after_signal:.2f} s of CPU stopping"
    assert result.seconds < stop_wall_limit(2.0), f"took {result.seconds:.2f} s to stop"


# ---- the window's scale -------------------------------------------------------------------------------------


@pytest.mark.parametrize("scale", ["1000", "99999999999", "-3"])
def test_a_nonsense_scale_is_one_line(tmp_path: Path, scale: str) -> None:
    result = run_measured(["play", "--scene", "forest", "--scale", scale], tmp_path)
    assert_refused(result, "--scale", 2, tmp_path, "play")
    assert "Cannot set negative" not in result.lines[0]


# ---- the error path and the limits table ---------------------------------------------------------------------


def test_the_error_path_imports_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under memory pressure an import can fail: turning an expected error into its line must not import."""
    import builtins

    from game import cli
    from game.content.diagnostics import ContentError, Diagnostic
    from game.input.replay import ReplayError

    def no_imports(*_args: object, **_kwargs: object) -> object:
        raise MemoryError("no memory for an import")

    errors: list[Exception] = [
        ContentError([Diagnostic("a.tmx", 1, 2, "M042", "too large")]),
        ReplayError("x.replay:1: not a replay"),
        cli.UsageError("refuge: bad flag"),
        FileRefusedError("/dev/zero", "a character device, not a file"),
        MemoryError(),
    ]
    monkeypatch.setattr(builtins, "__import__", no_imports)
    messages = [cli._user_message(exc) for exc in errors]
    monkeypatch.undo()
    assert messages[0] == "a.tmx:1:2: error M042: too large"
    assert messages[1] == "x.replay:1: not a replay"
    assert messages[2] == "refuge: bad flag"
    assert messages[3] == "refuge: /dev/zero: a character device, not a file"
    assert messages[4] is not None and "out of memory" in messages[4]


def test_the_readme_lists_every_limit_with_its_value() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Limits", 1)[1].split("\n## ", 1)[0]
    for name, limit in limits.ALL.items():
        assert f"| {name} | {limits.shown(limit)} | {limit.what} |" in section, name
