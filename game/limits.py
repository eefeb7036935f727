"""Every limit the game puts on what it reads, in one place (README.md § Limits lists the same table).

A file past a limit is refused with one line naming the file, the limit and what to do; nothing here is a
guess at what a machine can take: each value is far above what the shipped content needs (the largest shipped
map is 85 x 50 tiles and 131 KB, the largest story 40 KB, the largest image 480 x 480) and far below what
costs the game hundreds of megabytes.
"""

from __future__ import annotations

from dataclasses import dataclass

KIB = 1024
MIB = 1024 * KIB


@dataclass(frozen=True, slots=True)
class Limit:
    """One limit: its value, the unit it is counted in and what it bounds (for the README's table)."""

    value: int
    unit: str
    what: str


# File sizes, in bytes: the reader (:func:`game.readfile.read_bytes`) stops one byte past them.
MAP_FILE = Limit(8 * MIB, "bytes", "a map (.tmx)")
TILESET_FILE = Limit(2 * MIB, "bytes", "a tileset (.tsx)")
TEMPLATE_FILE = Limit(256 * KIB, "bytes", "an object template (.tx)")
STORY_FILE = Limit(2 * MIB, "bytes", "a story (.yaml)")
SAVE_FILE = Limit(1 * MIB, "bytes", "a save (save.json)")
SETTINGS_FILE = Limit(256 * KIB, "bytes", "the settings (settings.json)")
REPLAY_FILE = Limit(8 * MIB, "bytes", "a replay (the bot's busy input is about 2 MB an hour)")
NAV_FILE = Limit(16 * MIB, "bytes", "a baked path file (.nav; the 200 x 200 benchmark grid's is 443 KB)")
ASSET_FILE = Limit(32 * MIB, "bytes", "a file the game ships in assets/ (art, sound, font, translation)")

# Shapes.
JSON_DEPTH = Limit(64, "levels", "nesting of brackets in a JSON file (settings, save, replay line)")
XML_DEPTH = Limit(64, "levels", "nesting of elements in a map, tileset or template (groups in groups)")
MAP_SIDE = Limit(1024, "tiles", "a map's width or height")
MAP_CELLS = Limit(262_144, "tiles", "a map's width x height (512 x 512)")
TILE_SIZE = Limit(256, "pixels", "a map's or tileset's tile width and height")
IMAGE_SIDE = Limit(8192, "pixels", "a tileset or image layer picture's width or height")
IMAGE_PIXELS = Limit(16 * MIB, "pixels", "a picture's width x height (64 MB once loaded)")
COORDINATE = Limit(10_000_000, "pixels", "an object's x, y, width or height, either sign")
SCALE = Limit(16, "times", "the window's --scale (also never larger than the screen)")

ALL: dict[str, Limit] = {
    "map file": MAP_FILE,
    "tileset file": TILESET_FILE,
    "template file": TEMPLATE_FILE,
    "story file": STORY_FILE,
    "save file": SAVE_FILE,
    "settings file": SETTINGS_FILE,
    "replay file": REPLAY_FILE,
    "nav file": NAV_FILE,
    "asset file": ASSET_FILE,
    "JSON depth": JSON_DEPTH,
    "XML depth": XML_DEPTH,
    "map side": MAP_SIDE,
    "map cells": MAP_CELLS,
    "tile size": TILE_SIZE,
    "image side": IMAGE_SIDE,
    "image pixels": IMAGE_PIXELS,
    "coordinate": COORDINATE,
    "scale": SCALE,
}
"""Every limit by name, in the order of the README's table."""


def shown(limit: Limit) -> str:
    """A limit as a person reads it: ``8 MB``, ``256 KB``, ``64 levels``."""
    if limit.unit == "bytes":
        if limit.value % MIB == 0:
            return f"{limit.value // MIB} MB"
        if limit.value % KIB == 0:
            return f"{limit.value // KIB} KB"
        return f"{limit.value} bytes"
    return f"{limit.value:,} {limit.unit}"
