"""Paint every scene tileset into ``assets/tilesets/<scene>.png`` + ``.tsx``: ``python -m tools.gen_tilesets``."""

from __future__ import annotations

import argparse
import importlib
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "tilesets"
SCENES = ("forest", "mall", "fantasy", "confrontation")


def main(argv: list[str] | None = None) -> int:
    """Generate the tilesets named (default: all that exist)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("scenes", nargs="*", default=list(SCENES))
    args = parser.parse_args(argv)
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    for scene in args.scenes:
        try:
            module = importlib.import_module(f"tools.sets.{scene}")
        except ModuleNotFoundError:
            print(f"{scene}: no tileset module yet")
            continue
        ts = module.build()
        ts.write(OUT / f"{scene}.png", OUT / f"{scene}.tsx")
        print(f"{scene}: {len(ts.tiles)} tiles -> {OUT / (scene + '.tsx')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
