"""The game's own files go through the bounded reader too: assets (art, sound, fonts, translations) and baked
path files, so a FIFO, a device or a huge file in their place is refused at once (README.md, Limits)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from game.ai.hierarchy import BakeError
from game.assets import asset_file, image_file, read_asset_json, read_asset_text
from game.content.navbake import read_bake
from game.limits import ASSET_FILE, NAV_FILE
from game.readfile import FileRefusedError, TooDeepError
from tests.test_hostile_files import png_header


def fifo(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    os.mkfifo(path)
    return path


def png_claiming(path: Path, width: int, height: int) -> Path:
    path.write_bytes(png_header(width, height))
    return path


@pytest.mark.parametrize("read", [asset_file, image_file, read_asset_text, read_asset_json])
def test_an_asset_that_is_a_fifo_is_refused_at_once(tmp_path: Path, read: object) -> None:
    path = fifo(tmp_path, "ui.json")
    start = time.perf_counter()
    with pytest.raises(FileRefusedError) as caught:
        read(path)  # type: ignore[operator]
    assert time.perf_counter() - start < 1.0
    assert str(path) in str(caught.value) and "FIFO" in str(caught.value)


def test_an_asset_past_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.ogg"
    with path.open("wb") as out:
        out.truncate(ASSET_FILE.value + 1)  # sparse: no disk used
    with pytest.raises(FileRefusedError, match="at most 32 MB"):
        asset_file(path)


def test_a_picture_whose_header_is_too_large_is_refused_before_loading(tmp_path: Path) -> None:
    path = png_claiming(tmp_path / "sheet.png", 30000, 30000)
    with pytest.raises(FileRefusedError):
        image_file(path)
    assert image_file(png_claiming(tmp_path / "ok.png", 64, 64)) == str(tmp_path / "ok.png")


def test_a_deep_json_asset_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "atlas.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    with pytest.raises(TooDeepError):
        read_asset_json(path)


def test_a_baked_path_file_is_read_within_its_limit(tmp_path: Path) -> None:
    with pytest.raises(BakeError, match="cannot read it"):
        read_bake(fifo(tmp_path, "forest.nav"))
    big = tmp_path / "mall.nav"
    with big.open("wb") as out:
        out.truncate(NAV_FILE.value + 1)
    with pytest.raises(BakeError, match="cannot read it"):
        read_bake(big)
