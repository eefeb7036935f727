"""The desktop build (``make dist``): built once per session, unpacked from its archive outside the checkout,
and run as a player runs it, with no Python, no venv and no checkout in reach."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import tarfile
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

import numpy as np
import pygame
import pytest

from tests.helpers import ROOT, game_env, last_json, play_in_xvfb, require_tool, run_game

pytestmark = [pytest.mark.slow, pytest.mark.system]

NOT_SHIPPED = ("tcod", "pathfinding", "hypothesis", "pytest", "_pytest", "tkinter", "tools", "soundfile")
"""Development tools and peers the game never imports: none of them may be in the bundle."""


@dataclass(frozen=True)
class Bundle:
    program: Path
    """The unpacked ``refuge/refuge``."""
    internal: Path
    """Its ``_internal/`` folder: Python, the libraries, assets/ and levels/."""
    archive: Path


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _build_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build into a folder this whole session shares (pytest-xdist workers take turns; the first builds)."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    out = shared / "refuge-dist"
    with _locked(shared / "refuge-dist.lock"):
        if not (out / "built").exists():
            command = [sys.executable, "-m", "tools.build_dist", "--dist", str(out / "dist")]
            command += ["--work", str(out / "work")]
            done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
            assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
            (out / "built").write_text(done.stdout)
    return out / "dist"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    if find_spec("PyInstaller") is None:
        if os.environ.get("CI"):
            pytest.fail("PyInstaller is required in CI (it is in the dev extras: pip install -e '.[dev]')")
        pytest.skip("PyInstaller is not installed (pip install -e '.[dev]')")
    if not sys.platform.startswith("linux"):
        pytest.skip("the build is tested on Linux only")
    dist = _build_once(tmp_path_factory)
    archives = sorted(dist.glob("refuge-*.tar.gz"))
    assert len(archives) == 1, archives
    # A player's copy: the archive unpacked somewhere else entirely (nothing points back at the build).
    place = tmp_path_factory.mktemp("player")
    with tarfile.open(archives[0]) as tar:
        tar.extractall(place, filter="data")
    program = place / "refuge" / "refuge"
    assert os.access(program, os.X_OK), f"{program} is not executable"
    return Bundle(program=program, internal=place / "refuge" / "_internal", archive=archives[0])


def _frozen(
    bundle: Bundle, args: list[str], tmp: Path, wrapper: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """The frozen game (under ``wrapper``, if any), run from a folder with nothing in it, on a PATH without
    Python."""
    tmp.mkdir(parents=True, exist_ok=True)
    env = game_env(tmp, PATH="/usr/bin:/bin")
    for key in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(key, None)
    command = [*wrapper, str(bundle.program), *args]
    return subprocess.run(command, cwd=tmp, env=env, capture_output=True, text=True, timeout=120, check=False)


def _project_version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def test_the_archive_is_named_for_its_version_and_platform(bundle: Bundle) -> None:
    assert bundle.archive.name == f"refuge-{_project_version()}-linux-x86_64.tar.gz"


def test_version_is_the_projects(bundle: Bundle, tmp_path: Path) -> None:
    done = _frozen(bundle, ["--version"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"refuge {_project_version()}"
    source = run_game(["--version"], tmp_path)
    assert source.stdout == done.stdout


def test_version_falls_back_to_the_bundles_stamp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without package metadata (the frozen build has none) the version is read from the bundle's VERSION."""
    from importlib import metadata

    from game import assets, cli

    def missing(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", missing)
    monkeypatch.setattr(assets, "data_root", lambda: tmp_path)
    assert cli.game_version() == "unknown"
    (tmp_path / "VERSION").write_text("9.8.7\n", encoding="utf-8")
    assert cli.game_version() == "9.8.7"


def test_data_root_is_the_bundle_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from game.assets import data_root

    assert data_root() == ROOT
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert data_root() == tmp_path


def test_every_asset_and_level_is_inside_byte_for_byte(bundle: Bundle) -> None:
    listed = subprocess.run(
        ["git", "ls-files", "assets", "levels"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if listed.returncode != 0:
        pytest.skip("not a git checkout: cannot list the tracked assets")
    files = listed.stdout.split()
    assert any(name.endswith(".tsx") for name in files) and any("templates/" in name for name in files)
    missing = [name for name in files if not (bundle.internal / name).is_file()]
    assert not missing, f"not in the bundle: {missing}"
    changed = [name for name in files if (bundle.internal / name).read_bytes() != (ROOT / name).read_bytes()]
    assert not changed, changed


def test_no_development_package_is_bundled(bundle: Bundle) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    modules = set(CArchiveReader(str(bundle.program)).open_embedded_archive("PYZ.pyz").toc)
    assert "game.scenes.play" in modules and "numpy" in modules  # the reader sees the real contents
    shipped = sorted(m for m in modules if m.split(".")[0] in NOT_SHIPPED)
    assert not shipped, shipped
    on_disk = sorted(p.name for p in bundle.internal.iterdir() if p.name.split(".")[0] in NOT_SHIPPED)
    assert not on_disk, on_disk


def test_the_bundle_reads_nothing_from_the_checkout(bundle: Bundle, tmp_path: Path) -> None:
    """Every file a rendered run touches (strace) lies outside the checkout, and its art comes from the bundle."""
    strace = require_tool("strace")
    trace = tmp_path / "trace.log"
    args = ["headless", "--scene", "forest", "--ticks", "60", "--render"]
    run = _frozen(bundle, args, tmp_path, wrapper=(strace, "-f", "-e", "trace=%file", "-o", str(trace)))
    assert run.returncode == 0, run.stderr
    lines = trace.read_text().splitlines()
    from_checkout = [line for line in lines if str(ROOT) in line]
    assert not from_checkout, from_checkout[:5]
    assets = str(bundle.internal / "assets")
    assert any(assets in line and ".ttf" in line for line in lines), "no font was read from the bundle"
    assert any(str(bundle.internal / "levels" / "forest.tmx") in line for line in lines)


def test_the_bot_reaches_the_forest_exit_with_the_source_runs_state(bundle: Bundle, tmp_path: Path) -> None:
    args = ["headless", "--bot", "--scene", "forest", "--seed", "3", "--json"]
    frozen = _frozen(bundle, args, tmp_path / "frozen")
    source = run_game(args, tmp_path / "source")
    assert frozen.returncode == 0, frozen.stdout + frozen.stderr
    assert source.returncode == 0, source.stdout + source.stderr
    ours, theirs = last_json(frozen.stdout), last_json(source.stdout)
    assert ours["outcome"] == "exit" and ours["exit"] == "mall", ours
    assert ours["state_hash"] == theirs["state_hash"]
    assert {**ours, "wall_seconds": 0} == {**theirs, "wall_seconds": 0}


ANIMATED_SHARE = 0.02
"""Pixels a frame may differ by: tile animations follow the wall clock (game/render/tilemap.py draws them at
``pygame.time.get_ticks()``), so the same tick drawn on a busier machine shows other animation frames (0.6 %
of the forest's frame, measured). A missing font, tileset, sprite or light differs by far more."""


def test_a_rendered_frame_matches_the_source_runs(bundle: Bundle, tmp_path: Path) -> None:
    """Fonts, tiles, sprites, lights and numpy's effects: the bundle draws what the checkout draws."""
    shots = ["--render", "--every", "240", "--json", "--screenshots"]
    args = ["headless", "--scene", "forest", "--ticks", "240", *shots]
    frozen = _frozen(bundle, [*args, str(tmp_path / "frozen-shots")], tmp_path)
    source = run_game([*args, str(tmp_path / "source-shots")], tmp_path)
    assert frozen.returncode == 0, frozen.stderr
    assert source.returncode == 0, source.stderr
    assert last_json(frozen.stdout)["state_hash"] == last_json(source.stdout)["state_hash"]
    frames = []
    for name in ("frozen-shots", "source-shots"):
        image = pygame.image.load(str(tmp_path / name / "000240.png"))
        frames.append(np.frombuffer(pygame.image.tobytes(image, "RGB"), np.uint8).reshape(-1, 3))
    ours, theirs = frames
    assert len(np.unique(ours, axis=0)) > 12, "the frame looks blank"
    differ = float((ours != theirs).any(axis=1).mean())
    assert differ <= ANIMATED_SHARE, f"{differ:.1%} of the pixels differ from the source run's frame"


def test_check_with_no_path_checks_the_bundled_levels(bundle: Bundle, tmp_path: Path) -> None:
    """A player has no levels/ folder of their own: ``refuge check`` checks the shipped ones (and a bundled
    map broken on purpose is reported, so the check really read them)."""
    done = _frozen(bundle, ["check"], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    named = _frozen(bundle, ["check", str(bundle.internal / "levels")], tmp_path)
    assert named.returncode == 0, named.stdout + named.stderr
    forest = bundle.internal / "levels" / "forest.tmx"
    original = forest.read_bytes()
    try:
        forest.write_bytes(original.replace(b'type="Trigger"', b'type="Trigegr"', 1))
        broken = _frozen(bundle, ["check"], tmp_path)
    finally:
        forest.write_bytes(original)
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert str(forest) in broken.stdout and "unknown class 'Trigegr'" in broken.stdout, broken.stdout


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


def test_play_opens_a_real_window_and_keeps_the_save_in_the_players_folder(
    bundle: Bundle, tmp_path: Path
) -> None:
    """The title with its fonts and art; New game starts the forest; Ctrl+Q quits; the autosave lands in the
    player's data folder (XDG_DATA_HOME here) and nothing inside the bundle changes."""
    keys = r"""
sleep 0.3
import -window root "$OUT/title.png"
xdotool key Return
for i in $(seq 1 50); do [ -f "$XDG_DATA_HOME/refuge/save.json" ] && break; sleep 0.2; done
sleep 0.5
import -window root "$OUT/forest.png"
"""
    before = _snapshot(bundle.internal.parent)
    done, log = play_in_xvfb(tmp_path, "--scale 1 --seed 2", keys, program=bundle.program)
    assert done.returncode == 0, done.stdout + done.stderr + log
    assert "game exit 0" in done.stdout, done.stdout + log
    for name in ("title.png", "forest.png"):
        shot = pygame.transform.scale(pygame.image.load(str(tmp_path / name)), (128, 75))
        colours = {tuple(shot.get_at((x, y)))[:3] for x in range(128) for y in range(75)}
        assert len(colours) > 12, f"{name} looks blank: {len(colours)} colours"
    assert (tmp_path / "xdg-data" / "refuge" / "save.json").is_file(), log
    assert _snapshot(bundle.internal.parent) == before
