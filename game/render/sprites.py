"""Character sprites: loads the generated sheets and atlas, and picks the frame for an animation at a tick."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pygame

from game.assets import asset_path, image_file, read_asset_json

ANIMS = ("idle", "walk", "run", "hide", "hands", "hands_idle", "caught")
FACINGS = ("down", "up", "left", "right")


@dataclass(frozen=True, slots=True)
class Anim:
    """One animation of one character: frames per facing and how long each frame shows (ticks)."""

    frames: dict[str, tuple[pygame.Surface, ...]]
    durations: tuple[int, ...]
    loop: bool

    @property
    def length(self) -> int:
        """Ticks in one cycle."""
        return sum(self.durations)

    def index_at(self, tick: int) -> int:
        """The frame index showing ``tick`` ticks after the animation started."""
        t = tick % self.length if self.loop else min(tick, self.length - 1)
        for i, d in enumerate(self.durations):
            if t < d:
                return i
            t -= d
        return len(self.durations) - 1


class Sprites:
    """Every character's animations and portraits, loaded once from ``assets/sprites``."""

    def __init__(self, folder: Path | None = None) -> None:
        root = folder or asset_path("sprites")
        atlas = read_asset_json(root / "atlas.json")
        fw, fh = atlas["frame"]
        self.frame_size: tuple[int, int] = (fw, fh)
        self.anchor: tuple[int, int] = (atlas["anchor"][0], atlas["anchor"][1])
        """Where the feet stand inside a frame: blit at ``(x - anchor[0], y - anchor[1])``."""
        self.name_colors: dict[str, tuple[int, int, int]] = {}
        self._anims: dict[tuple[str, str], Anim] = {}
        self._flipped: dict[tuple[str, str, str, int], pygame.Surface] = {}
        self.outfits: dict[str, tuple[str, ...]] = {}
        """Each character's outfits besides their own clothes (``heap``, ``heap_hat``, ``wedding``)."""
        for name, entry in atlas["characters"].items():
            self.name_colors[name] = (entry["name_color"][0], entry["name_color"][1], entry["name_color"][2])
            self._load_anims(name, _load(root / entry["image"]), entry["anims"])
            worn = atlas.get("outfits", {}).get(name, {})
            for outfit, image in worn.items():
                # An outfit's sheet has the same layout as the character's own.
                self._load_anims(f"{name}:{outfit}", _load(root / image), entry["anims"])
            self.outfits[name] = tuple(worn)
        p = atlas["portraits"]
        psheet = _load(root / p["image"])
        pw, ph = p["size"]
        self._portraits = {
            (who, expr): psheet.subsurface(pygame.Rect(col * pw, row * ph, pw, ph))
            for who, row in p["rows"].items()
            for expr, col in p["columns"].items()
        }
        self._shadow = _shadow(fw)

    def _load_anims(self, key: str, sheet: pygame.Surface, anims: dict[str, dict[str, object]]) -> None:
        fw, fh = self.frame_size
        for anim, info in anims.items():
            durations = tuple(int(d) for d in info["durations"])  # type: ignore[attr-defined]
            rows: dict[str, int] = info["rows"]  # type: ignore[assignment]
            frames = {
                facing: tuple(
                    sheet.subsurface(pygame.Rect(i * fw, row * fh, fw, fh)) for i in range(len(durations))
                )
                for facing, row in rows.items()
            }
            self._anims[(key, anim)] = Anim(frames, durations, loop=anim != "caught")

    @property
    def characters(self) -> tuple[str, ...]:
        """The names with sheets (``dal``, ``byeol``)."""
        return tuple(self.name_colors)

    def anim(self, name: str, anim: str) -> Anim:
        """One animation (KeyError names what is missing)."""
        return self._anims[(name, anim)]

    def frame(self, name: str, anim: str, facing: str, tick: int, *, flip: bool = False) -> pygame.Surface:
        """The frame of ``anim`` facing ``facing`` at ``tick`` ticks into it; ``flip`` mirrors it (a hand held
        out to the left instead of the right)."""
        a = self._anims[(name, anim)]
        i = a.index_at(tick)
        surf = a.frames[facing][i]
        if not flip:
            return surf
        key = (name, anim, facing, i)
        out = self._flipped.get(key)
        if out is None:
            out = pygame.transform.flip(surf, True, False)
            self._flipped[key] = out
        return out

    def draw(
        self,
        target: pygame.Surface,
        name: str,
        anim: str,
        facing: str,
        tick: int,
        feet: tuple[int, int],
        *,
        flip: bool = False,
        shadow: bool = True,
        outfit: str = "",
    ) -> None:
        """Draw a character with its feet at ``feet`` (canvas pixels), over a soft ground shadow, in ``outfit``
        (one of :attr:`outfits`; their own clothes when empty or unknown)."""
        x, y = feet
        if shadow:
            target.blit(self._shadow, (x - self._shadow.get_width() // 2, y - self._shadow.get_height() // 2))
        key = f"{name}:{outfit}" if outfit and outfit in self.outfits.get(name, ()) else name
        target.blit(self.frame(key, anim, facing, tick, flip=flip), (x - self.anchor[0], y - self.anchor[1]))

    def portrait(self, name: str, expression: str = "neutral", outfit: str = "") -> pygame.Surface:
        """A 32x32 dialogue bust with ``expression``, in ``outfit`` when the sheet has that outfit's row (their own
        clothes otherwise)."""
        worn = self._portraits.get((f"{name}:{outfit}", expression)) if outfit else None
        return worn if worn is not None else self._portraits[(name, expression)]


def _load(path: Path) -> pygame.Surface:
    surf = pygame.image.load(image_file(path))
    return surf.convert_alpha() if pygame.display.get_surface() is not None else surf


def _shadow(width: int) -> pygame.Surface:
    """A small dark ellipse under the feet (drawn once)."""
    surf = pygame.Surface((width - 2, 5), pygame.SRCALPHA)
    pygame.draw.ellipse(surf, (24, 20, 37, 70), surf.get_rect())
    pygame.draw.ellipse(surf, (24, 20, 37, 120), surf.get_rect().inflate(-4, -2))
    return surf
