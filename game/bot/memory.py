"""What the bot remembers of a level, as a player does: the tiles it has had on screen, the things it has seen
drawn there, where an objective's place turned out to be, and where it has walked.

The map is planned on *optimistically*: a tile never seen counts as open ground (a player heads for a place
through country they have not seen yet and goes round what they meet). A tile's flags are read only once it has
been on screen: a wall coming into view is blocked in the walking grids there and then, and
:attr:`Memory.version` counts such changes (a way planned before may now run into a wall).
"""

from __future__ import annotations

from game.grid.walk import WalkGrid
from game.view.player_view import PlaceView, PlayerView
from game.world.level import Grid, TileFlag

_SOLID = int(TileFlag.SOLID)
_SIGHT = int(TileFlag.BLOCKS_SIGHT)
_ROOF = int(TileFlag.ROOF)
VISITED_RADIUS = 3
"""Tiles around where the player stood that count as visited (looked at from close by)."""


class Memory:
    """The bot's memory of one level (see the module's docstring)."""

    def __init__(self, view: PlayerView) -> None:
        m = view.map
        self.map = m
        self.width, self.height, self.tile_size = m.width, m.height, m.tile_size
        size = m.width * m.height
        self.grid = Grid(m.width, m.height, m.reality, m.dream)
        """The map's flags, for the feet at the player's own tile (always on screen)."""
        self.seen = bytearray(size)
        self.looked = bytearray(size)
        """Tiles on screen since the objective last changed (where its place was looked for already)."""
        self._objective: str | None = None
        self.visited = bytearray(size)
        self.two_views = m.reality != m.dream
        self._interesting: bytes | None = None
        self.places: dict[int, PlaceView] = {}
        """Drawn things seen (ways out, hiding places, things to take or kick), by id, as last seen."""
        self.objective_places: dict[str, PlaceView] = {}
        """Where each objective's place was when it was on screen, by the objective's line id."""
        self.hide_tiles: set[int] = set()
        self.version = 0
        """Bumped whenever a newly seen tile turns out to be a wall in either view."""
        self.walk = WalkGrid(m.width, m.height, b"\x01" * size)
        """Where the pair can walk in reality, as far as the bot knows."""
        self.walk_dream = WalkGrid(m.width, m.height, b"\x01" * size) if self.two_views else self.walk
        self.union = WalkGrid(m.width, m.height, b"\x01" * size) if self.two_views else self.walk
        """Open where either view is (the camcorder switches views on the way)."""
        self._rect: tuple[int, int, int, int] = (0, 0, 0, 0)
        self._here = -1
        self._places: tuple[PlaceView, ...] | None = None

    def look(self, view: PlayerView) -> None:
        """Take in this tick's screen: the tiles and the things on it, the objective's place, where we stand."""
        objective = view.objective
        line_id = None if objective is None else objective.id
        if line_id != self._objective:
            self._objective = line_id
            self.looked = bytearray(len(self.seen))
            self._rect = (0, 0, 0, 0)
        if view.tiles != self._rect:
            self._rect = view.tiles
            self._see(view.tiles)
        if view.places is not self._places:
            self._places = view.places
            self._forget_taken(view)
        if objective is not None and objective.place is not None:
            self.objective_places[objective.id] = objective.place
        p = view.player
        ts = self.tile_size
        here = self.tile_of(p.x, p.y)
        if here != self._here:
            self._here = here
            w, h, r = self.width, self.height, VISITED_RADIUS
            tx, ty = int(p.x // ts), int(p.y // ts)
            for y in range(max(0, ty - r), min(h, ty + r + 1)):
                a, b = y * w + max(0, tx - r), y * w + min(w, tx + r + 1)
                self.visited[a:b] = b"\x01" * (b - a)

    def _see(self, rect: tuple[int, int, int, int]) -> None:
        tx0, ty0, tx1, ty1 = rect
        if tx1 <= tx0:
            return
        w = self.width
        seen, looked, reality, dream = self.seen, self.looked, self.map.reality, self.map.dream
        ones = b"\x01" * (tx1 - tx0)
        real: list[int] = []
        dreamt: list[int] = []
        for ty in range(ty0, ty1):
            a, b = ty * w + tx0, ty * w + tx1
            looked[a:b] = ones
            if seen[a:b] == ones:
                continue
            for i in range(a, b):
                if not seen[i]:
                    if reality[i] & _SOLID:
                        real.append(i)
                    if dream[i] & _SOLID:
                        dreamt.append(i)
            seen[a:b] = ones
        if not (real or dreamt):
            return
        self.version += 1
        if not self.two_views:
            self.walk.block(real)
            return
        self.walk.block(real)
        self.walk_dream.block(dreamt)
        both = set(real).intersection(dreamt)
        if both:
            self.union.block(sorted(both))

    def _forget_taken(self, view: PlayerView) -> None:
        """Note the things on screen; an item no longer drawn where the screen shows its place was taken (or is
        in the other view)."""
        for place in view.places:
            if place.id not in self.places:
                self.places[place.id] = place
                if place.kind == "hide":
                    self.hide_tiles.update(place.area)
            elif place.in_reach != self.places[place.id].in_reach:
                self.places[place.id] = place
        shown = {p.id for p in view.places}
        left, top, vw, vh = view.camera
        view_name = "dream" if view.filming else "reality"
        for pid, place in list(self.places.items()):
            if place.kind != "item" or pid in shown or place.view not in ("both", view_name):
                continue
            if left <= place.x < left + vw and top <= place.y < top + vh:
                del self.places[pid]

    @property
    def interesting(self) -> bytes:
        """Ground that draws a wandering eye: beside something solid one can see over (a wreck, stones, a stall,
        chairs) or under a roof (inside a shop, a shelter). Worked out on first use; read only where seen."""
        if self._interesting is None:
            m = self.map
            self._interesting = _interesting(m.width, m.height, m.reality)
        return self._interesting

    def tile_of(self, x: float, y: float) -> int:
        """The tile under a point, clamped to the map."""
        ts = self.tile_size
        tx = min(self.width - 1, max(0, int(x // ts)))
        ty = min(self.height - 1, max(0, int(y // ts)))
        return ty * self.width + tx

    def solid(self, tile: int, dream: bool) -> bool:
        """A wall in that view, as far as the bot knows (a tile never seen is open)."""
        cells = self.map.dream if dream else self.map.reality
        return bool(self.seen[tile] and cells[tile] & _SOLID)


def _interesting(width: int, height: int, cells: bytes) -> bytes:
    """Open tiles under a roof or beside a prop (solid, not blocking sight), from the tiles' flags."""
    out = bytearray(width * height)
    for ty in range(height):
        for tx in range(width):
            i = ty * width + tx
            c = cells[i]
            if c & _SOLID:
                continue
            if c & _ROOF:
                out[i] = 1
                continue
            for ny in range(max(0, ty - 1), min(height, ty + 2)):
                row = ny * width
                if any(
                    cells[row + nx] & _SOLID and not cells[row + nx] & _SIGHT
                    for nx in range(max(0, tx - 1), min(width, tx + 2))
                ):
                    out[i] = 1
                    break
    return bytes(out)
