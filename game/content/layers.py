"""The layers of a read map, with what they inherit from their groups composed in (shared by the loader,
the grid builder and the renderer)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from game.world.level import View


class LayerKind(Enum):
    """What a drawable layer holds."""

    TILES = "tiles"
    OBJECTS = "objects"
    IMAGE = "image"


@dataclass(frozen=True, slots=True)
class LayerInfo:
    """One leaf layer with everything it inherits from its groups composed in (Tiled's rules)."""

    kind: LayerKind
    name: str
    view: View
    above: bool
    visible: bool
    opacity: float
    offset_x: float
    offset_y: float
    parallax_x: float
    parallax_y: float
    flags: int
    tile_index: int = -1
    """For tile layers: the position among ``<layer>`` elements, which is pytmx's order too."""
    image: str = ""
    """For image layers: the image path relative to the map."""
    repeat_x: bool = False
    repeat_y: bool = False
