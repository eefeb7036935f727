"""Run ``refuge play`` as a player launches it, and leave the moment the first title frame reaches the window.

Used by ``bench_process.startup``: the time from launching this process to its exit is the time to the title
on screen, through the real windowed path (SDL's dummy video driver stands in for a display). The frozen
build (``make dist``) runs :func:`exit_at_first_frame` when ``REFUGE_STARTUP_PROBE=1`` (tools/refuge_entry.py),
so ``bench_dist`` times both the same way.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


def exit_at_first_frame() -> None:
    """Make the window end the process once its first frame is on screen."""
    from game.render import window

    def _present_once(self: window.Window) -> None:
        window.scale_canvas(self.canvas, self.screen)
        window.pygame.display.flip()
        os._exit(0)  # the first frame is on screen: that is all this probe measures

    window.Window.present = _present_once  # type: ignore[method-assign]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    exit_at_first_frame()

    from game.cli import main

    sys.exit(main(["play", "--scale", "2"]))
