"""Round trip with the real editor: Tiled re-saves every shipped map and the game reads it to the same level."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from game.content.check_maps import check_map, known_scenes
from game.content.tiled import load_level, without_sources

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted((ROOT / "levels").glob("*.tmx"))


def tiled_or_skip() -> str:
    tiled = shutil.which("tiled")
    if tiled is None:
        if os.environ.get("CI"):
            pytest.fail("the Tiled editor (`tiled`) is required in CI for the round-trip test")
        pytest.skip("the Tiled editor (`tiled`) is not installed")
    return tiled


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of levels/ and assets/tilesets/ so relative paths hold when Tiled writes beside the maps."""
    out = tmp_path_factory.mktemp("tree")
    shutil.copytree(ROOT / "levels", out / "levels")
    shutil.copytree(ROOT / "assets" / "tilesets", out / "assets" / "tilesets")
    return out


@pytest.mark.system
@pytest.mark.parametrize("shipped", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_tiled_resaves_the_map_to_an_equal_level_that_passes_check(shipped: Path, tree: Path) -> None:
    tiled = tiled_or_skip()
    src = tree / "levels" / shipped.name
    out = tree / "levels" / f"{shipped.stem}.resaved.tmx"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [tiled, "--export-map", "tmx", str(src), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert without_sources(load_level(out)) == without_sources(load_level(src))
    assert [str(d) for d in check_map(out, known_scenes(out, tree / "levels"))] == []


@pytest.mark.system
def test_tiled_keeps_templates_and_overrides_of_a_designer_map(tmp_path: Path) -> None:
    tiled = tiled_or_skip()
    shutil.copytree(ROOT / "levels" / "templates", tmp_path / "levels" / "templates")
    shutil.copytree(ROOT / "assets" / "tilesets", tmp_path / "assets" / "tilesets")
    designer = tmp_path / "tests" / "fixtures" / "maps" / "designer"
    shutil.copytree(ROOT / "tests" / "fixtures" / "maps" / "designer", designer)
    # Tiled 1.8 drops class= when it saves, so this copy names classes the way every version keeps: type=.
    src = designer / "garden.tmx"
    src.write_text(
        src.read_text().replace(' class="Wall"', ' type="Wall"').replace(' class="Item"', ' type="Item"')
    )
    out = designer / "garden.resaved.tmx"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [tiled, "--export-map", "tmx", str(src), str(out)],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert 'template="../../../../levels/templates/exit.tx"' in out.read_text()
    assert without_sources(load_level(out)) == without_sources(load_level(src))
