"""Build the shipped maps from their plans: ``python -m tools.build_maps [scene ...]`` -> ``levels/<scene>.tmx``."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCENES = ("forest", "mall", "fantasy", "confrontation")


def main(argv: list[str] | None = None) -> int:
    """Write the maps named (default: all)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("scenes", nargs="*", default=list(SCENES))
    args = parser.parse_args(argv)
    for scene in args.scenes:
        module = importlib.import_module(f"tools.maps.{scene}")
        builder = module.build()
        out = ROOT / "levels" / f"{scene}.tmx"
        builder.write(out)
        print(f"{scene}: {builder.width}x{builder.height} -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
