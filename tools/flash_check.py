"""Photosensitivity meter: general and red flashes per second, as WCAG 2.3.1 and ITU-R BT.1702 count them.

WCAG 2.x ("general flash and red flash thresholds"): a *general flash* is a pair of opposing changes in relative
luminance of 10 % or more of the maximum (1.0) where the darker image is below 0.80; a *red flash* is any
pair of opposing transitions involving a saturated red. Content fails when more than three flashes of either
kind fall within one second AND the flashing area, taken together, covers more than 25 % of ANY 10-degree
visual field: about 341 x 256 pixels of a 1024 x 768 screen at the typical viewing distance, so a window of
the same share of the frame (213 x 120 at the game's 640 x 360 canvas). A flash smaller than a quarter of the
whole frame can fail: a 10 Hz strobe over 4 % of the frame does.

How a frame is measured (numpy, about a millisecond a frame at 640 x 360):

- sRGB is linearised (IEC 61966-2-1) and averaged over 4 x 4 pixel cells; relative luminance uses the
  Rec. 709 weights. Averaging in linear light keeps areas honest and lets a fine balanced pattern (which
  WCAG exempts) cancel out.
- Each cell remembers its last extreme. It makes a *general transition* when its luminance moves 0.1 or more
  from that extreme, opposite to its previous transition (a slow ramp is one transition), with the darker of
  the two states below 0.80.
- A cell is *saturated red* when, in linear light, R / (R + G + B) >= 0.8 (WCAG 2.2's working definition)
  and R - G - B >= 1/16 (so near-black is not "red": the floor of the red scale EA's IRIS and the Harding
  analyser use, 20 of 320). A *red transition* is a change of more than 0.2 in CIE 1976 u'v' chromaticity
  to or from a saturated red state (black and greys have the white point's chromaticity).
- Cells that made a transition in one direction within the last :data:`CONCURRENT` frames count as flashing
  together. For every window of a grid (its step is two cells, 8 pixels) summed-area tables give the share
  of cells that went brighter and the share that went darker; when one exceeds the other by 25 % of the
  window, the window makes a transition that way (repeats in the same direction are one transition). Cells
  going the other way at the same moment offset each other: a cut to another view or a pan over a textured
  map darkens about as much as it brightens and is no flash; a pattern flashing in counter-phase is still
  caught by the windows that hold more of one phase.
- A flash is a pair of opposing transitions: the flashes in a second are the window's transitions in the
  last :attr:`FlashMeter.fps` frames over two. Seven transitions in a second (3.5 flashes) fail.

``python -m tools.flash_check`` plays the whole game with the bot, draws every frame and meters it:

    python -m tools.flash_check --seed 1 [--every 1]
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pygame

if TYPE_CHECKING:
    from game.app import HeadlessResult

LIMIT = 3.0
"""Flashes a second WCAG 2.3.1 allows (general and red, each)."""
LUMA_STEP = 0.10
DARKER_BELOW = 0.80
AREA = 0.25
"""Share of a 10-degree field that, flashing together, counts."""
FIELD = (341 / 1024, 256 / 768)
"""A 10-degree visual field as a share of the frame's width and height (341 x 256 at 1024 x 768)."""
RED_RATIO = 0.8
RED_FLOOR = 1 / 16
RED_UV_STEP = 0.2
CONCURRENT = 4
"""Frames (at 60 Hz, 67 ms) within which cells' transitions count as one flashing area."""
CELL = 4
"""Pixels a cell side: frames are measured as CELL x CELL averages."""
STEP = 2
"""Cells between neighbouring windows of the grid."""

_SRGB = np.arange(256, dtype=np.float64) / 255.0
LINEAR = np.where(_SRGB <= 0.04045, _SRGB / 12.92, ((_SRGB + 0.055) / 1.055) ** 2.4)
"""sRGB byte to linear light."""
_SCALE = 65535 // (CELL * CELL)
_LINEAR16 = np.round(LINEAR * _SCALE).astype(np.uint16)  # a cell's sum of CELL * CELL still fits 16 bits
_WHITE_UV = (0.1978, 0.4683)  # D65 in CIE 1976 u'v'


def linear_cells(rgb: np.ndarray) -> np.ndarray:
    """Linear-light RGB averaged over CELL x CELL blocks; ``rgb`` is (h, w, 3) bytes, rows first."""
    h, w = rgb.shape[0] - rgb.shape[0] % CELL, rgb.shape[1] - rgb.shape[1] % CELL
    lin = np.take(_LINEAR16, rgb[:h, :w])
    cols = lin[0::CELL]
    for i in range(1, CELL):
        cols = cols + lin[i::CELL]
    cells = cols[:, 0::CELL]
    for i in range(1, CELL):
        cells = cells + cols[:, i::CELL]
    out: np.ndarray = cells.astype(np.float32) * np.float32(1.0 / (_SCALE * CELL * CELL))
    return out


def surface_rgb(surface: pygame.Surface) -> np.ndarray:
    """A frame's pixels as an (h, w, 3) byte array, rows first."""
    w, h = surface.get_size()
    return np.frombuffer(pygame.image.tobytes(surface, "RGB"), np.uint8).reshape(h, w, 3)


@dataclass(frozen=True, slots=True)
class Worst:
    """The worst second found: flashes in it, the frame it ended on and the window's top-left pixel."""

    flashes: float
    frame: int
    at: tuple[int, int]


class _Counter:
    """Per-window transitions of one kind (general or red) and the most any second held."""

    def __init__(self, windows: int, fps: int) -> None:
        self.last = np.zeros(windows, dtype=np.int8)  # direction of each window's last transition
        self.history = np.zeros((fps, windows), dtype=np.int16)
        self.count = np.zeros(windows, dtype=np.int32)
        self.worst = (0, 0, 0)  # transitions, frame, window

    def add(self, frame: int, up: np.ndarray, down: np.ndarray) -> None:
        new_up = up & (self.last != 1)
        new_down = down & ~new_up & (self.last != -1)
        self.last[new_up] = 1
        self.last[new_down] = -1
        slot = frame % len(self.history)
        self.count -= self.history[slot]
        self.history[slot] = new_up | new_down
        self.count += self.history[slot]
        best = int(self.count.argmax())
        if self.count[best] > self.worst[0]:
            self.worst = (int(self.count[best]), frame, best)


class FlashMeter:
    """Feed frames in order (60 a second); read the flashes of the worst second in any 10-degree window."""

    def __init__(self, size: tuple[int, int] = (640, 360), fps: int = 60) -> None:
        self.size = size
        self.fps = fps
        cw, ch = size[0] // CELL, size[1] // CELL
        self.cells = (ch, cw)
        ww = max(1, round(FIELD[0] * size[0] / CELL))
        wh = max(1, round(FIELD[1] * size[1] / CELL))
        xs = sorted({*range(0, cw - ww + 1, STEP), cw - ww})
        ys = sorted({*range(0, ch - wh + 1, STEP), ch - wh})
        gy, gx = np.meshgrid(np.array(ys), np.array(xs), indexing="ij")
        self._x0, self._y0 = gx.ravel(), gy.ravel()
        self._x1, self._y1 = self._x0 + ww, self._y0 + wh
        self._need = AREA * ww * wh
        self.window_px = (ww * CELL, wh * CELL)
        windows = len(self._x0)
        self.general = _Counter(windows, fps)
        self.red = _Counter(windows, fps)
        self.frame = 0
        self._luma: np.ndarray | None = None  # each cell's last extreme
        self._dir = np.zeros(self.cells, dtype=np.int8)
        self._uv: np.ndarray | None = None  # each cell's chromaticity at its last red transition (or start)
        self._was_red = np.zeros(self.cells, dtype=bool)
        self._recent = np.zeros((CONCURRENT, 4, *self.cells), dtype=bool)

    # -- input ---------------------------------------------------------------------------------------------

    def add(self, surface: pygame.Surface) -> None:
        """Measure the next frame (a pygame Surface of ``size``)."""
        self.add_rgb(surface_rgb(surface))

    def add_rgb(self, rgb: np.ndarray) -> None:
        """Measure the next frame given as an (h, w, 3) array of sRGB bytes, rows first."""
        if (rgb.shape[1], rgb.shape[0]) != self.size:
            raise ValueError(f"frame is {rgb.shape[1]}x{rgb.shape[0]}, the meter measures {self.size}")
        self.add_linear(linear_cells(rgb))

    def add_linear(self, lin: np.ndarray) -> None:
        """Measure the next frame given as linear-light RGB cells, shape ``cells + (3,)``."""
        r, g, b = lin[..., 0], lin[..., 1], lin[..., 2]
        luma = 0.2126 * r + 0.7152 * g + 0.0722 * b
        x = 0.4124 * r + 0.3576 * g + 0.1805 * b
        z = 0.0193 * r + 0.1192 * g + 0.9505 * b
        d = x + 15.0 * luma + 3.0 * z
        dark = d < 1e-6
        safe = np.where(dark, 1.0, d)
        uv = np.stack(
            (np.where(dark, _WHITE_UV[0], 4.0 * x / safe), np.where(dark, _WHITE_UV[1], 9.0 * luma / safe))
        )
        total = r + g + b
        red = (r >= RED_RATIO * total) & (r - g - b >= RED_FLOOR)
        if self._luma is None or self._uv is None:
            self._luma, self._uv, self._was_red = luma.copy(), uv, red
            self.frame += 1
            return
        anchor = self._luma
        up = (luma - anchor >= LUMA_STEP) & (anchor < DARKER_BELOW) & (self._dir != 1)
        down = (anchor - luma >= LUMA_STEP) & (luma < DARKER_BELOW) & (self._dir != -1)
        self._dir[up] = 1
        self._dir[down] = -1
        # The anchor follows the running extreme in the current direction (a slow ramp is one transition).
        anchor = np.where(up | down, luma, anchor)
        anchor = np.where(self._dir == 1, np.maximum(anchor, luma), anchor)
        self._luma = np.where(self._dir == -1, np.minimum(anchor, luma), anchor)
        moved = np.hypot(uv[0] - self._uv[0], uv[1] - self._uv[1]) > RED_UV_STEP
        red_change = moved & (red | self._was_red)
        to_red = red_change & red
        from_red = red_change & ~red
        self._uv = np.where(red_change, uv, self._uv)
        self._was_red = np.where(red_change, red, self._was_red)
        slot = self.frame % CONCURRENT
        self._recent[slot] = (up, down, to_red, from_red)
        recent = self._recent.any(axis=0)
        sums = self._window_sums(recent)
        general, red_net = sums[0] - sums[1], sums[2] - sums[3]
        self.general.add(self.frame, general >= self._need, -general >= self._need)
        self.red.add(self.frame, red_net >= self._need, -red_net >= self._need)
        self.frame += 1

    def _window_sums(self, masks: np.ndarray) -> np.ndarray:
        """Cells set in every window of the grid, for each of the masks (shape ``(k, h, w)``)."""
        k, h, w = masks.shape
        table = np.zeros((k, h + 1, w + 1), dtype=np.int32)
        np.cumsum(np.cumsum(masks, axis=1, dtype=np.int32), axis=2, out=table[:, 1:, 1:])
        x0, y0, x1, y1 = self._x0, self._y0, self._x1, self._y1
        out: np.ndarray = table[:, y1, x1] - table[:, y0, x1] - table[:, y1, x0] + table[:, y0, x0]
        return out

    # -- results -------------------------------------------------------------------------------------------

    def _worst(self, counter: _Counter) -> Worst:
        transitions, frame, window = counter.worst
        at = (int(self._x0[window]) * CELL, int(self._y0[window]) * CELL)
        return Worst(transitions / 2, frame, at)

    def worst_general(self) -> Worst:
        """The second with the most general flashes in one window."""
        return self._worst(self.general)

    def worst_red(self) -> Worst:
        """The second with the most red flashes in one window."""
        return self._worst(self.red)

    def max_flashes_per_second(self) -> float:
        """The most flashes, general or red, any 10-degree window held in any second."""
        return max(self.worst_general().flashes, self.worst_red().flashes)

    def report(self) -> str:
        """One line: the worst second of each kind and where it was."""
        g, r = self.worst_general(), self.worst_red()
        return (
            f"{self.frame} frames; general flashes {g.flashes:g}/s (frame {g.frame}, window at {g.at}); "
            f"red flashes {r.flashes:g}/s (frame {r.frame}, window at {r.at})"
        )


# -- the whole game -----------------------------------------------------------------------------------------


def meter_game(seed: int, every: int = 1) -> tuple[FlashMeter, HeadlessResult]:
    """Play the whole game with the bot (default settings), draw every frame of one second in ``every``, meter it."""
    from game.app import HeadlessOptions, run_headless
    from game.bot import Bot
    from game.context import RunOptions
    from game.scene import SceneStack

    meter = FlashMeter()

    def wants(tick: int) -> bool:
        return (tick // 60) % every == 0

    def seen(_tick: int, canvas: pygame.Surface) -> None:
        meter.add(canvas)

    def source(_ctx: object, stack: SceneStack) -> Bot:
        return Bot(stack, seed)

    options = RunOptions(seed=seed, headless=True)
    hopts = HeadlessOptions(source=source, watch=wants, on_frame=seen)
    result = run_headless(options, hopts)
    return meter, result


def main(argv: list[str] | None = None) -> int:
    """Meter a whole bot game; exit 1 when any window flashes more than three times a second."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    parser = argparse.ArgumentParser(prog="python -m tools.flash_check", description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--every", type=int, default=1, help="meter one second in N (default: every frame)")
    args = parser.parse_args(argv)
    meter, result = meter_game(args.seed, args.every)
    print(f"seed {args.seed}: {result.outcome} ({result.ending}), {meter.report()}")
    return 0 if meter.max_flashes_per_second() <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
