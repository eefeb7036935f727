"""Fuzz sizes and nesting (issue 14): maps of any declared size, tile size, group depth and layer length,
replays and JSON of any depth, stories nested deep. Every outcome is a value or the module's own one-line
error, reached quickly: nothing is allocated in proportion to what a file declares.

``make fuzz`` raises the number of examples (``LIMITS_FUZZ_EXAMPLES``)."""

from __future__ import annotations

import base64
import json
import os
import re
import struct
import time
import zlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game import limits
from game.content.check import run_check
from game.content.diagnostics import ContentError
from game.content.story_yaml import parse_story
from game.content.tiled import load_level
from game.input.replay import Replay, ReplayError
from game.readfile import TooDeepError, json_depth, loads
from tests.helpers import ROOT

EXAMPLES = int(os.environ.get("LIMITS_FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
DIAGNOSTIC = re.compile(r"^\S.*:\d+:\d+: (error|warning) [MS]\d{3}: \S.*$")
TSX = (ROOT / "tests/fixtures/maps/tiny.tsx").read_text(encoding="utf-8")
PNG = (ROOT / "tests/fixtures/maps/tiny.png").read_bytes()
SECONDS = 2.0
"""CPU seconds one example may take in process (a good small map loads in well under 0.1 s). CPU, not wall
time: the machine running the tests may be shared and loaded."""


def _layer(cells: int, encoding: str, gid: int) -> tuple[str, str]:
    values = [gid] * cells
    if encoding == "csv":
        return 'encoding="csv"', ",".join(map(str, values))
    raw = struct.pack(f"<{cells}I", *(v & 0xFFFFFFFF for v in values))
    if encoding == "base64":
        return 'encoding="base64"', base64.b64encode(raw).decode()
    pack = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS | (16 if encoding == "gzip" else 0))
    return f'encoding="base64" compression="{encoding}"', base64.b64encode(
        pack.compress(raw) + pack.flush()
    ).decode()


@st.composite
def hostile_maps(draw: st.DrawFn) -> tuple[str, int, int]:
    """A map whose declared size, tile size, group depth and layer length are drawn (most of them wrong)."""
    width = draw(st.one_of(st.integers(1, 12), st.integers(1, 10**10)))
    height = draw(st.one_of(st.integers(1, 12), st.integers(1, 10**10)))
    tile = draw(st.sampled_from([16, 16, 16, 0, 257, 10**8]))
    actual = draw(st.sampled_from(["exact", "short", "long", "huge"]))
    declared = width * height
    cells = {"exact": declared, "short": declared - 1, "long": declared + 1, "huge": 200_000}[actual]
    cells = max(0, min(cells, 200_000))  # what the file really holds stays small; the declaration need not
    encoding = draw(st.sampled_from(["csv", "base64", "zlib", "gzip"]))
    gid = draw(st.sampled_from([1, 2, 3, 4, 0x80000001, 2**32 - 1, 99999999999, -5]))
    if encoding != "csv" and not 0 <= gid < 2**32:
        gid = 4
    attrs, data = _layer(cells, encoding, gid)
    depth = draw(st.one_of(st.integers(0, 3), st.integers(60, 70), st.integers(1000, 3000)))
    x = draw(st.sampled_from(["24", "1e300", "-1e12", "9999999"]))
    text = (
        f'<?xml version="1.0"?><map orientation="orthogonal" width="{width}" height="{height}" '
        f'tilewidth="{tile}" tileheight="{tile}" infinite="0"><properties><property name="scene" value="fz"/>'
        f'</properties><tileset firstgid="1" source="tiny.tsx"/><layer id="1" name="g" width="{width}" '
        f'height="{height}"><data {attrs}>{data}</data></layer>'
        + "<group>" * depth
        + f'<objectgroup id="2" name="o"><object id="1" name="spawn_player" type="Spawn" x="{x}" y="24">'
        + '<properties><property name="who" value="player"/></properties><point/></object></objectgroup>'
        + "</group>" * depth
        + "</map>"
    )
    return text, declared, depth


@FUZZ
@given(hostile_maps())
def test_any_declared_size_or_depth_loads_or_is_one_diagnostic_per_problem(
    tmp_path_factory: object, case: tuple[str, int, int]
) -> None:
    text, _declared, _depth = case
    folder = Path(tmp_path_factory.mktemp("fz"))  # type: ignore[attr-defined]
    (folder / "tiny.tsx").write_text(TSX, encoding="utf-8")
    (folder / "tiny.png").write_bytes(PNG)
    path = folder / "fz.tmx"
    path.write_text(text, encoding="utf-8")
    start = time.process_time()
    try:
        level = load_level(path)
        assert level.width * level.height <= limits.MAP_CELLS.value
    except ContentError as exc:
        assert exc.diagnostics
        for line in str(exc).splitlines():
            assert DIAGNOSTIC.match(line), line
    for diagnostic in run_check([path]):
        assert DIAGNOSTIC.match(str(diagnostic)), str(diagnostic)
    assert time.process_time() - start < SECONDS


json_values = st.recursive(
    st.one_of(st.none(), st.integers(), st.text(alphabet='[]{}"\\ab', max_size=6)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=30,
)


def _true_depth(value: object) -> int:
    if isinstance(value, list):
        return 1 + max(map(_true_depth, value), default=0)
    if isinstance(value, dict):
        return 1 + max(map(_true_depth, value.values()), default=0)
    return 0


@FUZZ
@given(json_values)
def test_the_depth_scan_agrees_with_the_parsed_value(value: object) -> None:
    """The linear bracket scan is an oracle-checked stand-in for parsing: strings (with brackets, escaped
    quotes) nest nothing."""
    text = json.dumps(value)
    assert json_depth(text) == _true_depth(value)
    assert loads(text) == value


@FUZZ
@given(st.integers(1, 300_000), st.sampled_from(["[", '{"a":']), st.booleans())
def test_json_of_any_depth_is_a_value_or_too_deep(depth: int, opener: str, closed: bool) -> None:
    closer = "]" if opener == "[" else "}"
    text = opener * depth + "1" + (closer * depth if closed else "")
    try:
        loads(text)
        assert depth <= limits.JSON_DEPTH.value
    except TooDeepError:
        assert depth > limits.JSON_DEPTH.value
    except ValueError:
        assert not closed  # only the unclosed ones are plain bad JSON


@FUZZ
@given(
    st.integers(0, 200_000),
    st.integers(0, 3000),
    st.sampled_from(["[1,0,0,0,0]", "[2,40,-40,1,0,0,0,0,0]", "[1,0,0,0,1]"]),
)
def test_replays_of_any_depth_and_length_load_or_are_one_line(
    tmp_path_factory: object, depth: int, frames: int, frame: str
) -> None:
    folder = Path(tmp_path_factory.mktemp("rp"))  # type: ignore[attr-defined]
    header = json.dumps({"format": "refuge-replay", "version": 1, "seed": 1, "start": {"scene": "forest"}})
    path = folder / "x.replay"
    path.write_text(
        header + "\n" + (frame + "\n") * frames + "[" * depth + "]" * depth + "\n", encoding="utf-8"
    )
    try:
        replay = Replay.load(path)
    except ReplayError as exc:
        assert depth > 0, exc  # only the bracket line is wrong: a list too short, or nested too deep
        assert "\n" not in str(exc) and str(exc).startswith(f"{path}:{frames + 2}: ")
        if depth > limits.JSON_DEPTH.value:
            assert "levels deep" in str(exc)
    else:
        assert depth == 0
        assert replay.length == frames * json.loads(frame)[0]


@FUZZ
@given(st.integers(1, 100_000), st.sampled_from(["[", "{a: "]))
def test_stories_nested_deep_are_a_diagnostic(depth: int, opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    text = "nodes: " + opener * depth + "1" + closer * depth
    start = time.process_time()
    _story, diagnostics = parse_story(text.encode(), "deep.yaml")
    for diagnostic in diagnostics:
        assert DIAGNOSTIC.match(str(diagnostic)), str(diagnostic)
    if depth > 64:
        assert diagnostics
    assert time.process_time() - start < SECONDS
