"""Fuzz the map loader with mutated copies of the real maps: attribute and element mutations, broken tile data,
truncated files. Every outcome is a Level or a ContentError of well-formed diagnostic lines; ``check`` lists
problems and never raises; the command line gives exit 0 or 2 and never a traceback."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from game.cli import main as cli_main
from game.content.check import run_check
from game.content.diagnostics import ContentError
from game.content.tiled import load_level
from tests.helpers import ROOT

MAPS = [
    *sorted((ROOT / "levels").glob("*.tmx")),
    ROOT / "tests/fixtures/maps/features/features.tmx",
    ROOT / "tests/fixtures/bot/game/mall.tmx",
]
TEXTS = {path: path.read_text(encoding="utf-8") for path in MAPS}
DIAGNOSTIC = re.compile(r"^\S.*:\d+:\d+: (error|warning) [MS]\d{3}: \S.*$")
EXAMPLES = int(os.environ.get("MAP_FUZZ_EXAMPLES", "70"))
"""Raise it for a long hunt: ``MAP_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz_maps.py``."""
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

ATTRIBUTES = (
    "x", "y", "width", "height", "id", "gid", "name", "type", "class", "firstgid", "source", "tilewidth",
    "tileheight", "value", "encoding", "compression", "points", "rotation", "template", "visible", "opacity",
    "offsetx", "orientation", "infinite", "tilecount", "columns", "propertytype",
)  # fmt: skip
VALUES = st.one_of(
    st.sampled_from(
        ["", "-1", "0", "1", "1.5", "1e309", "-1e309", "nan", "inf", "abc", "99999999999", "true", "false",
         "both", "dream", "Spawn", "Exit", "../nowhere.tsx", "forest", "0,0 16,0", "csv", "base64", "zlib",
         "zstd", "\u00e9\u00e8", "\ud55c\uae00", " ", "4294967295", "2147483648"]
    ),
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x2FF), max_size=12),
)  # fmt: skip
CSV_NOISE = st.one_of(
    st.lists(st.integers(-5, 3_000_000_000), max_size=40).map(lambda xs: ",".join(map(str, xs))),
    st.text(alphabet="0123456789,\n -x", max_size=60),
)


@contextlib.contextmanager
def map_folder() -> Iterator[Path]:
    """A scratch ``levels/`` beside the real assets and templates, so relative paths resolve as in the repo."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "levels").mkdir()
        (root / "assets").symlink_to(ROOT / "assets")
        (root / "levels" / "templates").symlink_to(ROOT / "levels" / "templates")
        (root / "levels" / "tiles.tsx").symlink_to(ROOT / "tests/fixtures/bot/game/tiles.tsx")
        (root / "levels" / "tiles.png").symlink_to(ROOT / "tests/fixtures/bot/game/tiles.png")
        for story in (ROOT / "levels").glob("*.yaml"):
            shutil.copy(story, root / "levels" / story.name)
        yield root / "levels"


def mutate(text: str, data: st.DataObject) -> str:
    """Apply one to three mutations to a map's XML."""
    tree = ET.ElementTree(ET.fromstring(text))
    root = tree.getroot()
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        elements = list(root.iter())
        parents = {child: parent for parent in elements for child in parent}
        elem = elements[data.draw(st.integers(0, len(elements) - 1), label="element")]
        kind = data.draw(
            st.sampled_from(["set", "delete_attr", "delete", "duplicate", "move", "insert", "text"]),
            label="kind",
        )
        if kind == "set":
            elem.set(data.draw(st.sampled_from(ATTRIBUTES), label="attr"), data.draw(VALUES, label="value"))
        elif kind == "delete_attr" and elem.attrib:
            del elem.attrib[data.draw(st.sampled_from(sorted(elem.attrib)), label="attr")]
        elif kind == "delete" and elem in parents:
            parents[elem].remove(elem)
        elif kind == "duplicate" and elem in parents:
            parents[elem].append(ET.fromstring(ET.tostring(elem)))
        elif kind == "move" and elem in parents:
            parents[elem].remove(elem)
            target = elements[data.draw(st.integers(0, len(elements) - 1), label="target")]
            if target is not elem and elem not in list(target.iter()):
                target.append(elem)
        elif kind == "insert":
            tag = data.draw(
                st.sampled_from(["bogus", "property", "object", "layer", "tileset", "data", "point"])
            )
            child = ET.SubElement(elem, tag)
            child.set(data.draw(st.sampled_from(ATTRIBUTES), label="attr"), data.draw(VALUES, label="value"))
        elif kind == "text":
            elem.text = data.draw(CSV_NOISE, label="text")
    out = ET.tostring(root, encoding="unicode")
    if data.draw(st.booleans(), label="truncate?") and data.draw(st.integers(0, 9), label="odds") == 0:
        out = out[: data.draw(st.integers(0, len(out)), label="cut")]
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + out


def assert_diagnostics(lines: list[str]) -> None:
    for line in lines:
        assert DIAGNOSTIC.match(line), f"not a diagnostic line: {line!r}"


@FUZZ
@given(source=st.sampled_from(MAPS), data=st.data())
def test_mutated_maps_load_or_report_and_check_never_raises(source: Path, data: st.DataObject) -> None:
    text = mutate(TEXTS[source], data)
    with map_folder() as levels:
        path = levels / source.name
        path.write_text(text, encoding="utf-8")
        try:
            load_level(path)
            event("loaded")
        except ContentError as exc:
            event("reported")
            assert exc.diagnostics, "a ContentError says what is wrong"
            assert_diagnostics(str(exc).splitlines())
        diagnostics = run_check([path], levels_dir=levels)
        assert_diagnostics([str(d) for d in diagnostics])


@settings(max_examples=max(6, EXAMPLES // 8), deadline=None, suppress_health_check=list(HealthCheck))
@given(source=st.sampled_from(MAPS), bot=st.booleans(), data=st.data())
def test_mutated_maps_on_the_command_line_exit_0_or_2_without_a_traceback(
    source: Path, bot: bool, data: st.DataObject
) -> None:
    text = mutate(TEXTS[source], data)
    with map_folder() as levels:
        path = levels / source.name
        path.write_text(text, encoding="utf-8")
        argv = ["headless", "--map", str(path), "--ticks", "40", "--json", *(["--bot"] if bot else [])]
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli_main(argv)
            check_code = cli_main(["check", str(path)])
    assert "Traceback" not in err.getvalue(), err.getvalue()
    assert code in (0, 1, 2), err.getvalue()
    assert code != 1 or "the bot could not finish" in err.getvalue()
    assert check_code in (0, 1)
    if code == 2:
        assert err.getvalue().strip(), "exit 2 says why"
