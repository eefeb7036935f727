"""Pure hiding rules the world calls before the AI steps: who is hidden, and who is inside which hide spot.

The AI reads ``Actor.hidden`` and ``Actor.hide_spot``; the world sets them, with these helpers, each tick
after moving the pair and before ``AISystem.step``:

- :func:`update_hidden` — hidden while inside a hide spot, or while on a ``cover`` tile (in the view being
  looked at) and not running;
- :func:`enter_hide_spot` / :func:`leave_hide_spot` — on the interact action, within a spot with room left
  (``capacity``, default 1);
- :func:`partner_joins` — the partner slips into the player's spot when it stands in or beside it (the
  companion walks it there), room permitting; :func:`partner_leaves` — it comes out when the player has.

Whether hiding *works* (the Cube saw the actor go in) is perception's business, not this module's.
"""

from __future__ import annotations

from game.world.actors import Actor
from game.world.level import Level, MapObject, TileFlag

_COVER = int(TileFlag.COVER)
JOIN_REACH = 14.0
"""The partner joins the player's hide spot when its feet are this close to the spot's area."""


def hide_spot_at(level: Level, x: float, y: float, reach: float = 0.0) -> MapObject | None:
    """The HideSpot whose area holds the point (or comes within ``reach`` pixels of it), if any."""
    for obj in level.objects_of("HideSpot"):
        if obj.contains(x, y):
            return obj
        if reach > 0.0 and obj.width > 0 and obj.height > 0:
            nx = min(max(x, obj.x), obj.x + obj.width)
            ny = min(max(y, obj.y), obj.y + obj.height)
            if (nx - x) ** 2 + (ny - y) ** 2 <= reach * reach:
                return obj
    return None


def capacity(spot: MapObject) -> int:
    """How many actors a hide spot holds."""
    value = spot.prop("capacity", 1)
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else 1


def on_cover(level: Level, x: float, y: float, dream: bool = False) -> bool:
    """True when the tile under the feet is ``cover`` in the given view."""
    tx, ty = level.tile_at(x, y)
    return bool(level.grid.flags(tx, ty, dream) & _COVER)


def update_hidden(level: Level, actor: Actor, dream: bool = False) -> None:
    """Set ``actor.hidden``: inside a hide spot, or on cover and not running."""
    actor.hidden = actor.hide_spot is not None or (
        on_cover(level, actor.x, actor.y, dream) and not actor.running
    )


def occupants(spot_id: int, actors: tuple[Actor, ...]) -> int:
    """How many of ``actors`` are inside the spot."""
    return sum(1 for a in actors if a.hide_spot == spot_id)


def enter_hide_spot(level: Level, actor: Actor, others: tuple[Actor, ...] = ()) -> bool:
    """Put ``actor`` inside the hide spot it stands at, if there is room; True when it went in."""
    spot = hide_spot_at(level, actor.x, actor.y, reach=4.0)
    if spot is None or occupants(spot.id, others) >= capacity(spot):
        return False
    actor.hide_spot = spot.id
    actor.hidden = True
    return True


def leave_hide_spot(actor: Actor) -> None:
    """Take ``actor`` out of its hide spot."""
    actor.hide_spot = None


def partner_leaves(player: Actor, partner: Actor) -> bool:
    """Take the partner out of a hide spot the player is no longer in; True when it came out."""
    if partner.hide_spot is None or partner.hide_spot == player.hide_spot:
        return False
    partner.hide_spot = None
    return True


def partner_joins(level: Level, player: Actor, partner: Actor) -> bool:
    """Let the partner into the player's hide spot when it is close enough and there is room."""
    if player.hide_spot is None or partner.hide_spot == player.hide_spot:
        return False
    spot = hide_spot_at(level, partner.x, partner.y, reach=JOIN_REACH)
    if spot is None or spot.id != player.hide_spot or capacity(spot) < 2:
        return False
    partner.hide_spot = spot.id
    partner.hidden = True
    return True
