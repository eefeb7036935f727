"""Where the game's files live: one helper so no module builds asset paths by hand.

The game's data (``assets/`` and ``levels/``, side by side: maps name their tilesets as
``../assets/tilesets/...``) lies beside the ``game`` package in a checkout, and at the root of the bundle in
the frozen build (``make dist``: PyInstaller's ``sys._MEIPASS``). :func:`data_root` is the one place that
decides which; nothing looks in the working folder.
"""

from __future__ import annotations

import sys
from pathlib import Path


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
