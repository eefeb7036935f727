"""Render maps headless with the game's own renderer to PNGs, to look at them: ``python -m tools.map_preview``.

Writes ``out/maps/<scene>_<view>_<n>.png`` (a few 640x360 camera positions) and ``<scene>_<view>_full.png``
(the whole map, scaled down), named by the map file's stem (two maps of one scene do not overwrite each other).
``--dark`` applies the map's darkness as a plain tint, roughly as the game grades it. A map that ``check`` finds
errors in is still drawn where it can be, its diagnostics are printed, and the exit code is 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """Render the maps named (default: every .tmx in levels/)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("maps", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "maps")
    parser.add_argument("--dark", action="store_true", help="tint by the map's darkness")
    parser.add_argument("--debug", action="store_true", help="draw the F3 overlay too")
    parser.add_argument("--full-scale", type=float, default=0.5)
    parser.add_argument(
        "--at",
        action="append",
        default=[],
        metavar="NAME",
        help="centre a view on this named object (repeatable; default: the spawn and the first places)",
    )
    args = parser.parse_args(argv)
    pygame.init()
    pygame.display.set_mode((640, 360))
    from game.render.level_debug import draw_level_debug
    from game.render.tilemap import load_for_play

    maps = args.maps or sorted((ROOT / "levels").glob("*.tmx"))
    args.out.mkdir(parents=True, exist_ok=True)
    from game.content.diagnostics import ContentError
    from game.content.gate import inspect_map

    failed = 0
    for path in maps:
        errors = inspect_map(path).errors  # what the game would refuse the map for
        for diagnostic in errors:
            print(diagnostic, file=sys.stderr)
        failed += bool(errors)
        try:
            level, renderer = load_for_play(path)
        except ContentError:
            continue
        renderer.prepaint_all()
        stem = path.stem
        views = (False, True) if any(la.view.value != "both" for la in renderer.parsed.layers) else (False,)
        for dream in views:
            tag = "dream" if dream else "real"
            full = pygame.Surface((level.pixel_width, level.pixel_height))
            renderer.draw_below(full, 0, 0, dream, now_ms=0)
            renderer.draw_above(full, 0, 0, dream)
            if args.debug:
                draw_level_debug(full, level, 0, 0, dream)
            shade(full, level.darkness if args.dark and not dream else 0.0)
            small = pygame.transform.smoothscale_by(full, args.full_scale)
            pygame.image.save(small, str(args.out / f"{stem}_{tag}_full.png"))
            canvas = pygame.Surface((640, 360))
            if args.at:
                spots = [o for name in args.at for o in level.objects if o.name == name]
            else:
                places = [o for o in level.objects if o.cls in ("Exit", "Trigger", "HideSpot")]
                spots = [level.spawn("player"), *places[:5]]
            for n, obj in enumerate(s for s in spots if s is not None):
                cx, cy = obj.center
                cam_x = int(min(max(0, cx - 320), level.pixel_width - 640))
                cam_y = int(min(max(0, cy - 180), level.pixel_height - 360))
                renderer.draw_below(canvas, cam_x, cam_y, dream, now_ms=n * 300)
                renderer.draw_above(canvas, cam_x, cam_y, dream)
                if args.debug:
                    draw_level_debug(canvas, level, cam_x, cam_y, dream)
                shade(canvas, level.darkness if args.dark and not dream else 0.0)
                pygame.image.save(canvas, str(args.out / f"{stem}_{tag}_{n}.png"))
        print(f"{stem}: {args.out}")
    if failed:
        print(
            f"map_preview: {failed} of {len(maps)} maps have errors (the game refuses them)", file=sys.stderr
        )
        return 1
    return 0


def shade(surface: pygame.Surface, darkness: float) -> None:
    """Darken towards a night blue by ``darkness`` (a stand-in for the game's grading)."""
    if darkness <= 0:
        return
    veil = pygame.Surface(surface.get_size())
    veil.fill((24, 20, 48))
    veil.set_alpha(round(darkness * 0.6 * 255))
    surface.blit(veil, (0, 0))


if __name__ == "__main__":
    raise SystemExit(main())
