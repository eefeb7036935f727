"""``--watch``: which of a map's files changed (stat calls only), and the notice that says what a reload did.

The play scene polls every :data:`WATCH_EVERY` ticks (a quarter of a second); a reload goes through the same
gate as the first load (``game.content.gate``), so a broken save is refused with ``check``'s diagnostics, shown
on screen and in the terminal at once, and the last good map plays on.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pygame

from game.render.text import TextRenderer

WATCH_EVERY = 15
"""Ticks between looks at the files (60 ticks a second: four looks a second)."""
NOTICE_TICKS = 240
"""How long "reloaded" stays on screen; a refused reload stays until a save fixes it."""

Stamp = tuple[int, int] | None


def stamp(path: Path) -> Stamp:
    """What tells a changed file: its modification time and size (None: missing)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


@dataclass(slots=True)
class Watcher:
    """The files a map is made of and how they stood at the last look."""

    stamps: dict[Path, Stamp] = field(default_factory=dict)

    def follow(self, files: list[Path]) -> None:
        """Watch these files from now on, as they stand now."""
        self.stamps = {path: stamp(path) for path in files}

    def retarget(self, files: list[Path]) -> None:
        """Watch these files: the ones already watched keep their last look, new ones are taken as they are."""
        self.stamps = {path: self.stamps[path] if path in self.stamps else stamp(path) for path in files}

    def changed(self) -> list[Path]:
        """The watched files that changed (or appeared, or went) since the last :meth:`follow`."""
        return [path for path, was in self.stamps.items() if stamp(path) != was]


@dataclass(slots=True)
class Notice:
    """What the last reload did: shown over the world and printed to the terminal when it happens."""

    lines: list[str] = field(default_factory=list)
    error: bool = False
    age: int = 0

    def say(self, lines: list[str], error: bool) -> None:
        """Show ``lines`` now (and print them to the terminal at once)."""
        self.lines, self.error, self.age = lines, error, 0
        for line in lines:
            print(line, file=sys.stderr, flush=True)

    def tick(self) -> None:
        """Age the notice; a good reload's fades, a refused one's stays until fixed."""
        self.age += 1
        if not self.error and self.age > NOTICE_TICKS:
            self.lines = []

    def draw(self, canvas: pygame.Surface, text: TextRenderer) -> None:
        """The lines in a box at the bottom of the screen (red-edged for a refused reload)."""
        if not self.lines:
            return
        width = canvas.get_width() - 16
        wrapped = [part for line in self.lines[:8] for part in text.wrap(line, width - 8)][:14]
        height = len(wrapped) * text.line_height + 8
        box = pygame.Rect(8, canvas.get_height() - height - 8, width, height)
        shade = pygame.Surface(box.size, pygame.SRCALPHA)
        shade.fill((12, 10, 24, 220))
        canvas.blit(shade, box)
        edge = (228, 59, 68) if self.error else (99, 199, 77)
        pygame.draw.rect(canvas, edge, box, 1)
        y = box.top + 4
        for part in wrapped:
            text.draw(canvas, part, (box.left + 4, y), (255, 255, 255), shadow=(0, 0, 0))
            y += text.line_height


def changed_names(changed: list[Path], map_path: Path) -> str:
    """``forest.yaml, ../tilesets/forest.tsx`` — the changed files, named from the map's folder."""
    return ", ".join(os.path.relpath(path, map_path.parent) for path in changed)
