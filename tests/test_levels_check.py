"""``check`` on broken fixture maps: exact messages, line and column, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content.check_maps import check_map, check_paths, known_scenes
from game.content.diagnostics import Severity

ROOT = Path(__file__).resolve().parent.parent
MAPS = Path("tests/fixtures/maps")
KNOWN = "forest, mall, fantasy, confrontation, fixture, " + ", ".join(
    f"fixture_{stem}"
    for stem in (
        "bad_xml",
        "exit_missing_scene",
        "missing_tileset",
        "misspelled_property",
        "object_outside",
        "template_overrides",
        "unknown_class",
        "unreachable_exit",
    )
)
"""The game's scenes and the fixture maps' (each map in a folder has its own scene, else M026)."""


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    # Messages name paths as given; run from the repository so they read tests/fixtures/...
    monkeypatch.chdir(ROOT)


def lines(name: str) -> list[str]:
    path = MAPS / name
    return [str(d) for d in check_map(path, known_scenes(path))]


def test_the_good_fixture_is_clean() -> None:
    assert lines("ok.tmx") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bad_xml.tmx", ["tests/fixtures/maps/bad_xml.tmx:20:3: error M001: malformed XML: unclosed token"]),
        (
            "missing_tileset.tmx",
            ["tests/fixtures/maps/missing_tileset.tmx:6:2: error M004: tileset 'gone.tsx' not found"],
        ),
        (
            "unknown_class.tmx",
            [
                'tests/fixtures/maps/unknown_class.tmx:26:3: error M010: object 2 "exit_east" (Exitt): unknown class'
                " 'Exitt' (did you mean 'Exit'?) (known: Spawn, Exit, Trigger, HideSpot, Patrol, Item, Checkpoint,"
                " Wall, Light, NoiseSource)"
            ],
        ),
        (
            "misspelled_property.tmx",
            [
                'tests/fixtures/maps/misspelled_property.tmx:31:3: error M016: object 3 "trig_hello" (Trigger):'
                " required property 'node' is missing",
                'tests/fixtures/maps/misspelled_property.tmx:33:5: error M011: object 3 "trig_hello" (Trigger):'
                " unknown property 'nod' (did you mean 'node'?) (known: node, once, found, view)",
            ],
        ),
        (
            "exit_missing_scene.tmx",
            [
                'tests/fixtures/maps/exit_missing_scene.tmx:26:3: error M014: object 2 "exit_east" (Exit): property'
                f" 'to' names scene 'rooftop', which does not exist (known: {KNOWN})"
            ],
        ),
        (
            "unreachable_exit.tmx",
            [
                'tests/fixtures/maps/unreachable_exit.tmx:26:3: error M030: object 2 "exit_east" (Exit): cannot be'
                " reached on foot from the player spawn through reality (no camcorder here)"
            ],
        ),
        (
            "object_outside.tmx",
            [
                'tests/fixtures/maps/object_outside.tmx:31:3: error M022: object 3 "cp_far" (Checkpoint): lies'
                " outside the map (at 170,40 size 32x32; the map is 160x128 pixels)"
            ],
        ),
        (
            "template_overrides.tmx",
            [
                'tests/fixtures/maps/template_overrides.tmx:39:5: error M012: object 5 "hide_bad" (HideSpot):'
                " property 'capacity' must be int, got 'lots'",
                "tests/fixtures/maps/template_overrides.tmx:42:3: error M006: template 'templates/gone.tx' not found",
            ],
        ),
    ],
)
def test_broken_fixture_gives_exact_messages(name: str, expected: list[str]) -> None:
    assert lines(name) == expected


def test_directories_expand_to_their_maps_and_missing_paths_are_reported() -> None:
    found = check_paths([MAPS, Path("tests/fixtures/maps/nope.tmx")])
    files = {d.path for d in found}
    assert "tests/fixtures/maps/nope.tmx" in files
    assert "tests/fixtures/maps/ok.tmx" not in files
    assert {"tests/fixtures/maps/bad_xml.tmx", "tests/fixtures/maps/unreachable_exit.tmx"} <= files
    assert all(d.severity is Severity.ERROR for d in found)


def test_scenes_beside_the_checked_map_are_known(tmp_path: Path) -> None:
    (tmp_path / "a.tmx").write_text((ROOT / MAPS / "exit_missing_scene.tmx").read_text().replace("../", ""))
    for name in ("tiny.tsx", "tiny.png"):
        (tmp_path / name).write_bytes((ROOT / MAPS / name).read_bytes())
    rooftop = (ROOT / MAPS / "ok.tmx").read_text().replace('value="fixture"', 'value="rooftop"')
    assert [d.code for d in check_map(tmp_path / "a.tmx", known_scenes(tmp_path / "a.tmx"))] == ["M014"]
    (tmp_path / "rooftop.tmx").write_text(rooftop)
    assert check_map(tmp_path / "a.tmx", known_scenes(tmp_path / "a.tmx")) == []


def test_unreadable_and_empty_files_are_diagnostics_not_tracebacks(tmp_path: Path) -> None:
    empty = tmp_path / "empty.tmx"
    empty.write_text("")
    notmap = tmp_path / "not_a_map.tmx"
    notmap.write_text("<tileset/>")
    binary = tmp_path / "binary.tmx"
    binary.write_bytes(b"\x00\xff\xfe garbage")
    for path in (empty, notmap, binary):
        found = check_map(path, {"forest"})
        assert len(found) == 1 and found[0].code in ("M001", "M003"), found
        assert found[0].path == str(path)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('x="24"', 'x="twenty"'),
        ('x="24"', 'x="1e309"'),  # float() reads it as infinity: found by the fuzz test
        ('x="24"', 'x="nan"'),
        ('firstgid="1"', 'firstgid="one"'),
        ('width="10"', 'width="-3"'),
        ("2,2,2,2", "2,2,x,2"),
        ('<data encoding="csv">', '<data encoding="base64" compression="zlib">'),
        ('orientation="orthogonal"', 'orientation="isometric"'),
        ('tilewidth="16"', 'tilewidth="12"'),
    ],
)
def test_damaged_values_give_a_diagnostic_never_a_traceback(tmp_path: Path, old: str, new: str) -> None:
    text = (ROOT / MAPS / "ok.tmx").read_text()
    assert old in text
    for name in ("tiny.tsx", "tiny.png"):
        (tmp_path / name).write_bytes((ROOT / MAPS / name).read_bytes())
    (tmp_path / "bad.tmx").write_text(text.replace(old, new, 1))
    found = check_map(tmp_path / "bad.tmx", {"forest"})
    assert found and all(d.path == str(tmp_path / "bad.tmx") for d in found), found
    assert {d.code for d in found} & {"M003", "M012"}, found
