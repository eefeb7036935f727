"""Where the bot is going: the objective's place once it has been on screen, else further afield to find it
(towards the side the objective's words name, if any); with no objective the nearest way out it has seen (and
when none can be reached, the nearest thing to take it has seen: it may be what opens the way).

What the bot does once there is ``game.bot.attempts``.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.bot.memory import Memory
from game.bot.route import Navigator, place_tiles
from game.grid.field import INF, FlowField
from game.grid.walk import WalkGrid
from game.view.player_view import PlaceView

EXIT_PATIENCE = 120
"""Ticks at an Exit that does not open before the bot tries another one."""
SIDES: dict[str, tuple[int, int]] = {"north": (0, -1), "south": (0, 1), "east": (1, 0), "west": (-1, 0)}
"""Words of an objective that say which way to look (read in English, so every language plays alike)."""
LEAN = 0.6
"""Tiles of walking a tile's step towards the named side is worth, when choosing where to look."""


@dataclass(slots=True)
class Goal:
    """One goal: a key that changes when the goal does, its place (if any) and its tiles."""

    key: tuple[str, ...]
    target: PlaceView | None
    tiles: list[int]
    label: str
    """For messages: what the bot is trying to reach."""
    kind: str
    """``objective``, ``exit`` or ``item`` (with no objective: the nearest way out, else a thing that may help),
    ``search`` (looking for a place not yet seen) or ``found`` (a curious bot's look at a place not yet
    visited)."""
    cost: float | None = None
    """Walking cost from where the goal was chosen, in tiles (None: not chosen by nearness)."""


def nearest_place(
    memory: Memory, nav: Navigator, here: int, camcorder: bool, kind: str, skip: set[int]
) -> Goal | None:
    """The nearest remembered place of a kind (``exit``, ``item``) by walking in the views the pair can use,
    leaving out ``skip``."""
    grid: WalkGrid = nav.union if camcorder else nav.walk
    reach = FlowField(grid)
    reach.recompute(here)
    best: Goal | None = None
    best_cost = INF
    for place in memory.places.values():
        if place.kind != kind or place.id in skip:
            continue
        if kind != "exit" and not camcorder and place.view == "dream":
            continue  # out of reach until the camcorder shows it (a way out is tried anyway: it may open)
        tiles = place_tiles(place.area, grid)
        cost = min((reach.cost_at(t) for t in tiles), default=INF)
        if cost < best_cost:
            best_cost = cost
            label = f'{kind} {place.id} "{place.name}"'
            best = Goal((kind, str(place.id)), place, tiles, label, kind=kind, cost=cost)
    return best


def place_goal(line_id: str, place: PlaceView, nav: Navigator) -> Goal:
    """The goal for an objective whose place the bot has seen."""
    tiles = place_tiles(place.area, nav.union)
    label = f'objective {line_id!r} (its place "{place.name}")'
    return Goal(("objective", line_id, str(place.id)), place, tiles, label, kind="objective")


def search_goal(
    memory: Memory, nav: Navigator, here: int, camcorder: bool, why: str, words: str | None, avoid: set[int]
) -> Goal | None:
    """Somewhere not looked at yet (since the objective was given) to walk to, to find what ``why`` names: the
    nearest such tile the pair can reach, leaning towards a side the ``words`` name ("north", "east"...), never
    one in ``avoid``."""
    grid: WalkGrid = nav.union if camcorder else nav.walk
    reach = FlowField(grid)
    reach.recompute(here)
    lean = (0, 0)
    text = (words or "").lower()
    for word, side in SIDES.items():
        if word in text:
            lean = (lean[0] + side[0], lean[1] + side[1])
    w = memory.width
    seen = memory.looked
    dist = reach.dist
    hx, hy = here % w, here // w
    best, best_score = -1, INF
    for i in reach.touched:
        if seen[i] or i in avoid:
            continue
        score = dist[i] - LEAN * ((i % w - hx) * lean[0] + (i // w - hy) * lean[1])
        if score < best_score:
            best, best_score = i, score
    if best < 0:
        return None
    label = f"somewhere not looked at yet (tile {best % w}, {best // w}) to find {why}"
    return Goal(("search", why, str(best)), None, [best], label, kind="search", cost=dist[best])
