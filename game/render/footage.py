"""The endings' footage: the game's own places rendered once by the map renderer, Dal and Byeol posed in them
(in the dream's clothes where it fits), and tape static.

Every picture is a function of a shot's clock, so a frame is the same however often it is drawn: the maps
are baked once per shot, costumes are recoloured once per sprite frame, particles are stepped to the clock
asked for, and the rest (footprints, smoke) is computed from the clock.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pygame

from game.content.diagnostics import ContentError
from game.render.ending_timeline import WALK_STARTS, walked, walking
from game.render.light import fast
from game.render.palette import (
    BROWN,
    CLAY,
    CRIMSON,
    DARK_BROWN,
    DARK_SLATE,
    GREY,
    INK,
    NIGHT,
    PALE_GREY,
    PEACH,
    RED,
    SLATE,
    WHITE,
)
from game.render.particles import ParticleKind, Particles
from game.render.sprites import Sprites
from game.render.tilemap import MapRenderer, load_for_play

Color = tuple[int, int, int]
CLOSE = (320, 180)
"""Close shots are drawn at this size and doubled, like a camcorder zoomed in."""
WIDE = (640, 360)
NOW_TURN = 180
"""The tape's last footage: when they turn from the light to each other."""
WALK_Y = 396
"""Where the survivor walks on the waste: a tile below the long crack, so his prints show."""
FOOTAGE_SEED = 0xF11A
"""Presentation's own generators (particles, static), apart from the simulation's."""

# ENDESGA 32 entries the sprite sheets use, for recolouring costumes.

HEAD_ROWS = {"dal": 9, "byeol": 9}
"""Rows from the top of each one's hair to their collar (tools/gen_sprite_looks.py), standing or crouched."""
COSTUMES: dict[tuple[str, str], tuple[bool, tuple[tuple[Color, Color], ...]]] = {
    # (who, look): (recolour the clothes below the head, else the hair above it; colour swaps)
    ("dal", "wedding"): (True, ((GREY, DARK_SLATE), (SLATE, NIGHT), (DARK_SLATE, INK))),
    ("byeol", "wedding"): (
        True,
        ((PEACH, WHITE), (RED, WHITE), (CRIMSON, PALE_GREY), (DARK_BROWN, PALE_GREY)),
    ),
    ("dal", "old"): (False, ((SLATE, PALE_GREY), (NIGHT, GREY))),
    ("byeol", "old"): (False, ((CLAY, PALE_GREY), (BROWN, GREY), (DARK_BROWN, SLATE))),
}


@dataclass(frozen=True, slots=True)
class Framing:
    """Where a shot looks: a map, its view, the world pixel at the picture's centre, and close or wide."""

    map: str
    dream: bool
    center: tuple[int, int]
    close: bool = True
    weather: ParticleKind | None = None


FRAMINGS: dict[str, Framing] = {
    "arch": Framing("fantasy", True, (172, 202), weather=ParticleKind.PETALS),
    "home": Framing("fantasy", True, (552, 252)),
    "kitchen": Framing("fantasy", True, (656, 236)),
    "bench": Framing("fantasy", True, (474, 404), weather=ParticleKind.PETALS),
    "now": Framing("confrontation", False, (474, 372), weather=ParticleKind.FLAKES),
    "here": Framing("confrontation", False, (474, 372), weather=ParticleKind.FLAKES),
    "garden": Framing("fantasy", True, (474, 372), weather=ParticleKind.PETALS),
    "alone": Framing("confrontation", False, (592, 372), weather=ParticleKind.FLAKES),
}
"""Every shot the endings use."""


@dataclass(frozen=True, slots=True)
class Figure:
    """One of them in a shot: animation, facing, feet in world pixels, mirrored or not, and costume."""

    who: str
    anim: str
    facing: str
    x: float
    y: float
    tick: int
    flip: bool = False
    look: str = ""


def figures(shot: str, clock: int) -> list[Figure]:
    """Who stands where in ``shot`` at its clock ``clock`` (drawn in this order)."""
    match shot:
        case "arch":  # under the arch, facing each other, dressed for it
            return [
                Figure("dal", "idle", "right", 160, 214, clock, look="wedding"),
                Figure("byeol", "idle", "left", 184, 214, clock + 9, look="wedding"),
            ]
        case "home":  # nine steps, wall to wall; she watches him count
            x = 506 + min(84.0, max(0, clock - 20) * 0.7)
            moving = 20 <= clock < 140
            return [
                Figure("byeol", "idle", "down", 548, 262, clock),
                Figure("dal", "walk" if moving else "idle", "right" if moving else "left", x, 292, clock),
            ]
        case "kitchen":  # breakfast for two, the toast browned
            return [
                Figure("dal", "idle", "right", 632, 268, clock),
                Figure("byeol", "idle", "left", 681, 268, clock + 7),
            ]
        case "bench":  # sitting by the pond, grey now
            return [
                Figure("dal", "hide", "down", 472, 428, clock // 3, look="old"),
                Figure("byeol", "hide", "down", 489, 428, clock // 3 + 20, look="old"),
            ]
        case "now" if clock >= NOW_TURN:  # then they turn to each other, still holding on
            return [
                Figure("dal", "hands_idle", "right", 465, 380, clock),
                Figure("byeol", "hands_idle", "left", 482, 380, clock),
            ]
        case "now" | "here" | "garden":  # the two of them, holding hands, facing it
            return [
                Figure("dal", "hands_idle", "down", 465, 380, clock),
                Figure("byeol", "hands_idle", "down", 483, 380, clock, flip=True),
            ]
        case "alone":  # he looks where she went, walks on, looks back once, walks on
            anim = "walk" if walking(clock) else "idle"
            looking_back = clock >= WALK_STARTS and not walking(clock)
            return [
                Figure("dal", anim, "left" if looking_back else "right", 464 + walked(clock), WALK_Y, clock)
            ]
    return []


class Wardrobe:
    """Sprite frames, recoloured for a costume once and kept."""

    def __init__(self, sprites: Sprites) -> None:
        self.sprites = sprites
        self._dressed: dict[tuple[str, str, str, int, bool, str], pygame.Surface] = {}

    def draw(self, target: pygame.Surface, fig: Figure, offset: tuple[int, int]) -> None:
        """Draw ``fig`` with the world pixel ``offset`` at the target's top-left, over a soft shadow."""
        x, y = round(fig.x) - offset[0], round(fig.y) - offset[1]
        if not fig.look:
            self.sprites.draw(target, fig.who, fig.anim, fig.facing, fig.tick, (x, y), flip=fig.flip)
            return
        index = self.sprites.anim(fig.who, fig.anim).index_at(fig.tick)
        key = (fig.who, fig.anim, fig.facing, index, fig.flip, fig.look)
        surf = self._dressed.get(key)
        if surf is None:
            plain = self.sprites.frame(fig.who, fig.anim, fig.facing, fig.tick, flip=fig.flip)
            surf = dress(plain, fig.who, fig.look)
            self._dressed[key] = surf
        # The plain frame brings its shadow; the costume frame has the same shape and covers it exactly.
        self.sprites.draw(target, fig.who, fig.anim, fig.facing, fig.tick, (x, y), flip=fig.flip)
        ax, ay = self.sprites.anchor
        target.blit(surf, (x - ax, y - ay))


def dress(frame: pygame.Surface, who: str, look: str) -> pygame.Surface:
    """A copy of a sprite frame in a costume (colours swapped all at once, so no swap feeds another)."""
    clothes, swaps = COSTUMES.get((who, look), (True, ()))
    out = frame.copy()
    rgb = pygame.surfarray.pixels3d(out)
    seen = np.flatnonzero(pygame.surfarray.array_alpha(out).any(axis=0))
    collar = (int(seen[0]) if seen.size else 0) + HEAD_ROWS.get(who, 9)  # the head may be crouched lower
    rows = np.arange(rgb.shape[1])[None, :]
    region = rows >= collar if clothes else rows < collar
    masks = [((rgb == np.array(src)).all(axis=2) & region, dst) for src, dst in swaps]
    for mask, dst in masks:
        rgb[mask] = dst
    del rgb
    return out


class Footage:
    """Bakes and draws the shots; owns the maps it reads, the costumes, the particles and the static."""

    def __init__(self, sprites: Sprites, levels_dir: Path, reduce_flashing: bool = False) -> None:
        self.wardrobe = Wardrobe(sprites)
        self.levels_dir = levels_dir
        self.reduce_flashing = reduce_flashing
        self._maps: dict[str, MapRenderer | None] = {}
        self._backgrounds: dict[str, pygame.Surface] = {}
        self._weather: dict[str, Particles] = {}
        self._static: list[pygame.Surface] = []

    @staticmethod
    def size(shot: str) -> tuple[int, int]:
        """The shot's picture size before doubling."""
        framing = FRAMINGS.get(shot)
        return CLOSE if framing is None or framing.close else WIDE

    def origin(self, shot: str) -> tuple[int, int]:
        """The world pixel at the shot's top-left (kept inside the map)."""
        framing = FRAMINGS[shot]
        w, h = self.size(shot)
        x, y = framing.center[0] - w // 2, framing.center[1] - h // 2
        renderer = self._map(framing.map)
        if renderer is not None:
            x = max(0, min(x, renderer.width_px - w))
            y = max(0, min(y, renderer.height_px - h))
        return x, y

    def _map(self, name: str) -> MapRenderer | None:
        if name not in self._maps:
            try:
                _, renderer = load_for_play(self.levels_dir / f"{name}.tmx")
            except (ContentError, OSError):
                renderer = None  # an ending never fails for want of a map: the shot is a plain field
            self._maps[name] = renderer
        return self._maps[name]

    def background(self, shot: str) -> pygame.Surface:
        """The shot's place without anyone in it, rendered once."""
        surf = self._backgrounds.get(shot)
        if surf is None:
            framing = FRAMINGS[shot]
            surf = fast(pygame.Surface(self.size(shot)))
            renderer = self._map(framing.map)
            if renderer is None:
                surf.fill((99, 199, 77) if framing.dream else (236, 236, 244))
            else:
                x, y = self.origin(shot)
                renderer.draw_below(surf, x, y, framing.dream, now_ms=0)
                renderer.draw_above(surf, x, y, framing.dream)
            self._backgrounds[shot] = surf
        return surf

    def warm(self) -> bool:
        """Bake one shot not baked yet (spread over the opening's white frames); False once all are."""
        for shot in FRAMINGS:
            if shot not in self._backgrounds:
                self.background(shot)
                return True
        if not self._static:
            self.static_frames()
            return True
        return False

    def draw(self, target: pygame.Surface, shot: str, clock: int, people: bool = True) -> None:
        """The shot at its clock: the place, the weather, the small things that move, and them."""
        target.blit(self.background(shot), (0, 0))
        ox, oy = self.origin(shot)
        if shot == "kitchen":
            _smoke(target, (656 - ox, 258 - oy), clock)
        if shot == "alone":
            _footprints(target, ox, oy, clock)
        if people:
            self.draw_people(target, shot, clock)
        self.draw_weather(target, shot, clock)

    def draw_people(self, target: pygame.Surface, shot: str, clock: int) -> None:
        """Just the figures of ``shot`` at its clock."""
        offset = self.origin(shot)
        for fig in figures(shot, clock):
            self.wardrobe.draw(target, fig, offset)

    def draw_weather(self, target: pygame.Surface, shot: str, clock: int) -> None:
        """Petals or flakes, stepped to ``clock`` (a paused clock holds them still)."""
        kind = FRAMINGS[shot].weather
        if kind is None:
            return
        field = self._weather.get(shot)
        if field is None or field.tick > clock:
            count = 60 if kind is ParticleKind.FLAKES else 30
            field = Particles(kind, count, FOOTAGE_SEED, view=self.size(shot))
            self._weather[shot] = field
        while field.tick < clock:
            field.update()
        field.draw(target)

    def static_frames(self) -> list[pygame.Surface]:
        """Tape noise: a few low-contrast frames (one, still, with reduce-flashing on)."""
        if not self._static:
            rng = np.random.default_rng(FOOTAGE_SEED)
            w, h = WIDE
            for _ in range(1 if self.reduce_flashing else 4):
                grain = rng.integers(92, 140, (w, h), dtype=np.int16)
                streaks = rng.integers(-10, 10, (1, h), dtype=np.int16)  # whole lines a shade off
                speck = rng.random((w, h)) < 0.004
                grey = np.clip(grain + streaks + speck * 90, 0, 255).astype(np.uint8)
                tint = np.stack(
                    [grey, grey, np.clip(grey.astype(np.int16) + 6, 0, 255).astype(np.uint8)], axis=2
                )
                self._static.append(fast(pygame.surfarray.make_surface(tint)))
        return self._static

    def draw_static(self, canvas: pygame.Surface, tick: int, rows: tuple[int, int] | None = None) -> None:
        """Tape static with a slow bright band rolling down it (new grain every four ticks); ``rows`` (top,
        height) draws only a strip of it, without the band."""
        frames = self.static_frames()
        frame = frames[(tick // 4) % len(frames)]
        if rows is not None:
            canvas.blit(frame, (0, rows[0]), pygame.Rect(0, rows[0], canvas.get_width(), rows[1]))
            return
        canvas.blit(frame, (0, 0))
        h = canvas.get_height()
        y = (tick * 2) % (h + 40) - 40
        canvas.fill((18, 18, 20), (0, y, canvas.get_width(), 24), special_flags=pygame.BLEND_RGB_ADD)


def _smoke(target: pygame.Surface, at: tuple[int, int], clock: int) -> None:
    """Thin smoke off the browned toast: a few pixels rising and thinning."""
    for k in range(6):
        age = (clock + k * 11) % 66
        x = at[0] + round(math.sin((clock + k * 23) * 0.07) * 2)
        y = at[1] - age // 3
        colour = PALE_GREY if age < 40 else GREY
        target.fill(colour, (x, y, 1 if age > 30 else 2, 1))


def _footprints(target: pygame.Surface, ox: int, oy: int, clock: int) -> None:
    """Her prints going on ahead into where the light was; his following them, as far as he has walked."""
    for k in range(32):
        x = 490 + k * 11
        target.fill(GREY, (x - ox, WALK_Y - 7 + (k % 2) * 2 - oy, 2, 1))
    for k in range(int(walked(clock) // 12)):
        x = 470 + k * 12
        target.fill(SLATE, (x - ox, WALK_Y - 1 + (k % 2) * 3 - oy, 2, 2))
