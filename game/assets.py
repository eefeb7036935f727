"""Where the game's files live: one helper so no module builds asset paths by hand.

The game's data (``assets/`` and ``levels/``, side by side: maps name their tilesets as
``../assets/tilesets/...``) lies beside the ``game`` package in a checkout, and at the root of the bundle in
the frozen build (``make dist``: PyInstaller's ``sys._MEIPASS``). :func:`data_root` is the one place that
decides which; nothing looks in the working folder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from game.limits import ASSET_FILE
from game.readfile import check_image, checked, loads, read_text


def data_root() -> Path:
    """The folder holding ``assets/`` and ``levels/``: the frozen bundle's, or the checkout's."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle, str):
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


ASSETS_ROOT = data_root() / "assets"
LEVELS_ROOT = data_root() / "levels"


def asset_path(*parts: str) -> Path:
    """The path of ``assets/<parts...>`` (the file need not exist)."""
    return ASSETS_ROOT.joinpath(*parts)


# Reading an asset goes through the bounded reader (``game.readfile``, README.md § Limits) like every other
# file: a regular file within ASSET_FILE, or ``FileRefusedError`` (an ``OSError``) naming it.


def asset_file(path: Path) -> str:
    """``path`` for a library that opens it by name (a font, a sound, music), once it is a regular file
    within the limit."""
    return checked(path, ASSET_FILE, "an asset")


def image_file(path: Path) -> str:
    """``path`` for ``pygame.image.load``, once it is a regular file within the limit whose header says a
    picture within the picture limits."""
    check_image(path)
    return asset_file(path)


def read_asset_text(path: Path) -> str:
    """A text asset (a translation catalogue, a small index)."""
    return read_text(path, ASSET_FILE, "an asset")


def read_asset_json(path: Path) -> Any:
    """A JSON asset (an atlas or art index), its nesting bounded too."""
    return loads(read_asset_text(path))
