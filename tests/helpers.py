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


def run_game_after(
    prelude: str, args: list[str], tmp: Path, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """The game's command line ARGS run in a fresh interpreter after ``prelude`` (Python code that sets a
    memory cap or breaks the disk first); ``PEAK_KB n`` on stderr is the process's peak resident size.

    The peak is ``VmHWM`` from ``/proc/self/status``, this program's own: ``ru_maxrss`` also counts the memory
    of the process it was forked from (a test worker of 300 MB made every child read 314 MB)."""
    code = (
        f"{prelude}\nimport resource, sys\nfrom game.cli import main\ncode = main(sys.argv[1:])\n"
        "try:\n"
        "    status = open('/proc/self/status').read()\n"
        "    peak = int(status.split('VmHWM:')[1].split()[0])\n"
        "except (OSError, IndexError):\n"
        "    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(f'PEAK_KB {peak}', file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=game_env(tmp),
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


WINDOW_START = r"""
set -u
if [ -n "${REFUGE_PROGRAM:-}" ]; then set -- "$REFUGE_PROGRAM"; else set -- "$PYTHON" -m game; fi
"$@" play $GAME_ARGS > "$OUT/game.log" 2>&1 &
GAME=$!
for i in $(seq 1 100); do
    WIN=$(xdotool search --class '^refuge$' 2>/dev/null | head -n 1)
    [ -n "$WIN" ] && break
    sleep 0.1
done
[ -n "${WIN:-}" ] || { echo "no window"; kill $GAME; exit 3; }
# No window manager runs under Xvfb: give the window focus directly, then type as a person would.
xdotool windowfocus --sync "$WIN" 2>/dev/null || xdotool windowfocus "$WIN"
# Wait for the first frames (a loaded machine may take a while to load the level).
for i in $(seq 1 100); do
    import -window root "$OUT/first.png"
    [ "$(convert "$OUT/first.png" -format %k info:)" -gt 12 ] && break
    sleep 0.2
done
"""
WINDOW_QUIT = r"""
xdotool key ctrl+q
for i in $(seq 1 50); do kill -0 $GAME 2>/dev/null || break; sleep 0.1; done
if kill -0 $GAME 2>/dev/null; then echo "game did not quit"; kill $GAME; exit 4; fi
wait $GAME
echo "game exit $?"
"""


def play_in_xvfb(
    tmp: Path, game_args: str, keys: str, program: Path | None = None
) -> tuple[subprocess.CompletedProcess[str], str]:
    """Run ``refuge play GAME_ARGS`` in a real window under Xvfb, wait for its first frames, run the bash
    ``keys`` (xdotool and ``import`` with ``$OUT`` = ``tmp``), then quit with Ctrl+Q. Skips without the tools
    (fails under CI). Returns the run and the game's log. ``program`` runs that executable (the frozen build)
    instead of ``python -m game``."""
    for tool in ("xvfb-run", "xdotool", "import"):
        require_tool(tool)
    env = game_env(tmp, PYTHON=sys.executable, OUT=str(tmp), GAME_ARGS=game_args)
    if program is not None:
        env["REFUGE_PROGRAM"] = str(program)
    for key in ("SDL_VIDEODRIVER", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(key, None)
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1024x600x24", "bash", "-c", WINDOW_START + keys + WINDOW_QUIT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    log = (tmp / "game.log").read_text() if (tmp / "game.log").exists() else ""
    return done, log


def ensure_display() -> None:
    """A display mode for converting images (a 1x1 dummy), without changing one another test set up."""
    import pygame

    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
