"""Running the game as a user would, from tests: subprocesses with a clean environment and profile."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def game_env(tmp: Path, **extra: str) -> dict[str, str]:
    """SDL dummy drivers and throwaway XDG folders, so no test touches the real user's profile."""
    env = dict(os.environ)
    env.update(
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="dummy",
        PYGAME_HIDE_SUPPORT_PROMPT="1",
        XDG_CONFIG_HOME=str(tmp / "xdg-config"),
        XDG_DATA_HOME=str(tmp / "xdg-data"),
    )
    env.update(extra)
    return env


def run_game(
    args: list[str], tmp: Path, timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    """``python -m game ARGS`` in the repository, returning its exit code and output."""
    return subprocess.run(
        [sys.executable, "-m", "game", *args],
        cwd=ROOT,
        env=game_env(tmp, **env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def last_json(stdout: str) -> dict[str, object]:
    """The JSON object on the last line of a ``--json`` run."""
    data = json.loads(stdout.strip().splitlines()[-1])
    assert isinstance(data, dict)
    return data


def require_tool(name: str) -> str:
    """The path of a system tool; skip without it, but fail under CI, which must run every test."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is required in CI (install it in .ci/run)")
        pytest.skip(f"{name} is not installed")
    return path
