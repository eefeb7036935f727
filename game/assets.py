"""Where the game's files live: one helper so no module builds asset paths by hand."""

from __future__ import annotations

from pathlib import Path

ASSETS_ROOT = Path(__file__).resolve().parent.parent / "assets"


def asset_path(*parts: str) -> Path:
    """The path of ``assets/<parts...>`` in the repository (the file need not exist)."""
    return ASSETS_ROOT.joinpath(*parts)
