"""Which map plays which scene: the game's own maps in ``levels/``, and designers' maps beside them."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import BinaryIO

from game.limits import MAP_FILE
from game.readfile import open_regular


def map_scene(path: Path) -> str | None:
    """The ``scene`` map property of a TMX file, read without parsing the whole map (``None`` if unreadable)."""
    try:
        with open_regular(path, MAP_FILE, "a map") as file:
            return _scene_of(file)
    except (OSError, ET.ParseError):
        return None


def _scene_of(file: BinaryIO) -> str | None:
    """The scene property of the map in ``file``, reading no further than its first layer or tileset."""
    for event, elem in ET.iterparse(file, events=("start", "end")):
        if event == "start" and elem.tag in ("layer", "objectgroup", "group", "imagelayer", "tileset"):
            return None
        if event == "end" and elem.tag == "property" and elem.get("name") == "scene":
            value = elem.get("value")
            return str(value) if value is not None else None
        if event == "end" and elem.tag == "properties":
            return None
    return None


def find_map(scene: str, levels_dir: Path, near: Path | None = None) -> Path | None:
    """The map whose ``scene`` is ``scene``: ``levels/<scene>.tmx`` first, then any map beside ``near`` or in levels."""
    direct = levels_dir / f"{scene}.tmx"
    if direct.is_file() and map_scene(direct) in (scene, None):
        return direct
    folders = [near.parent] if near is not None else []
    folders.append(levels_dir)
    for folder in folders:
        for candidate in sorted(folder.glob("*.tmx")):
            if map_scene(candidate) == scene:
                return candidate
    return None


def known_scenes(levels_dir: Path, near: Path | None = None) -> dict[str, Path]:
    """Every scene id with a map, from ``levels/`` and the folder of ``near``."""
    found: dict[str, Path] = {}
    folders = [levels_dir] + ([near.parent] if near is not None else [])
    for folder in folders:
        for candidate in sorted(folder.glob("*.tmx")):
            scene = map_scene(candidate)
            if scene and scene not in found:
                found[scene] = candidate
    return found
