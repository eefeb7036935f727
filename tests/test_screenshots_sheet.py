"""``make screenshots``' contact sheet: composed by ImageMagick's ``montage`` with the game's own font, and by
pygame when montage is missing or FAILS (an ImageMagick without its default font exits 1); the sheet lists
every HUD state in both languages (issue 12)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pygame
import pytest

from tools import screenshots


def pictures(folder: Path, n: int = 3) -> list[Path]:
    out = []
    for i in range(n):
        surface = pygame.Surface((64, 36))
        surface.fill((40 * i, 80, 120))
        path = folder / f"{i:03d}_pic{i}.png"
        pygame.image.save(surface, str(path))
        out.append(path)
    return out


def test_a_failing_montage_falls_back_to_pygame(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "montage"
    fake.write_text('#!/bin/sh\necho "montage: unable to read font `helvetica\'" >&2\nexit 1\n')
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    assert shutil.which("montage") == str(fake)
    sheet = screenshots.contact_sheet(tmp_path, pictures(tmp_path))
    assert sheet.is_file()
    board = pygame.image.load(str(sheet))
    assert board.get_width() >= 3 * 480, "pygame laid the pictures out side by side"


def test_montage_gets_the_games_font_when_it_is_there(tmp_path: Path) -> None:
    if shutil.which("montage") is None:
        if os.environ.get("CI"):
            pytest.fail("ImageMagick's montage is missing on CI")
        pytest.skip("ImageMagick's montage is not installed")
    sheet = screenshots.contact_sheet(tmp_path, pictures(tmp_path))
    assert sheet.is_file() and pygame.image.load(str(sheet)).get_width() > 0
    assert screenshots.SHEET_FONT.is_file()


def test_the_sheet_wants_every_hud_state_in_both_languages() -> None:
    from tools.hud_states import states

    names = {s.name for s in states()}
    shown = {
        (name, lang) for name, _filming, _ in screenshots.HUD_STATES for lang in screenshots.HUD_LANGUAGES
    }
    assert {(name, lang) for name in names for lang in ("en", "ko")} <= shown
    assert any(filming for _, filming, _ in screenshots.HUD_STATES), "the camcorder's frame too"
    wanted = screenshots.wanted()
    assert all(
        screenshots.hud_key(n, f, lang) in wanted
        for n, f, _ in screenshots.HUD_STATES
        for lang in ("en", "ko")
    )
