"""The game's map schema: object classes, their properties, types, defaults and enums (one source of truth).

The loader types and fills in properties from here, ``check`` validates against it, and ``tools/gen_schema.py``
writes the Tiled project (custom types and enums), ``objecttypes.xml`` and the object templates from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from game.world.level import PropValue, Shape


class PropType(Enum):
    """A Tiled property type."""

    STRING = "string"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    FILE = "file"
    COLOR = "color"


SCENES: tuple[str, ...] = ("forest", "mall", "fantasy", "confrontation")
"""The game's own level scenes, in play order."""

ENUMS: dict[str, tuple[str, ...]] = {
    "SceneId": SCENES,
    "SpawnRole": ("player", "partner", "cube"),
    "ItemId": ("camcorder", "battery", "tape", "ring", "photo", "flower"),
    "ViewName": ("both", "reality", "dream"),
    "Facing": ("down", "up", "left", "right"),
    "Step": ("dirt", "grass", "leaves", "gravel", "asphalt", "tile", "carpet", "wood", "snow"),
}
"""Enums: names as the Tiled project shows them, values in order."""

CLOSED_ENUMS = frozenset({"SpawnRole", "ItemId", "ViewName", "Facing", "Step"})
"""Enums whose values ``check`` enforces; ``SceneId`` is open (designers add scenes) and checked by reference."""


@dataclass(frozen=True, slots=True)
class PropSpec:
    """One property: its name, type, default, and (for strings) the enum it draws its values from."""

    name: str
    type: PropType
    default: PropValue
    doc: str
    required: bool = False
    enum: str | None = None


@dataclass(frozen=True, slots=True)
class ClassSpec:
    """One object class: what it means, its properties, which shapes it may have, and its editor colour."""

    name: str
    doc: str
    props: tuple[PropSpec, ...]
    shapes: frozenset[Shape]
    color: str
    needs_name: bool = False

    def prop(self, name: str) -> PropSpec | None:
        """The spec of one property, or None when the class has no such property."""
        for spec in self.props:
            if spec.name == name:
                return spec
        return None


VIEW = PropSpec(
    "view", PropType.STRING, "both", "in which view it exists: reality, dream or both", enum="ViewName"
)
AREA = frozenset({Shape.RECT, Shape.ELLIPSE, Shape.POLYGON, Shape.TILE})
POINTISH = frozenset({Shape.POINT, Shape.RECT, Shape.ELLIPSE, Shape.TILE})

CLASSES: dict[str, ClassSpec] = {
    spec.name: spec
    for spec in (
        ClassSpec(
            "Spawn",
            "where an actor starts (the point is where the feet stand)",
            (
                PropSpec("who", PropType.STRING, "player", "player, partner or cube", True, "SpawnRole"),
                PropSpec("facing", PropType.STRING, "down", "the direction the actor faces", enum="Facing"),
                VIEW,
            ),
            frozenset({Shape.POINT}),
            "#ffff55ff",
        ),
        ClassSpec(
            "Exit",
            "leaving the map here goes to another scene",
            (
                PropSpec("to", PropType.STRING, "", "the scene id to go to", True, "SceneId"),
                PropSpec("requires", PropType.STRING, "", "a story condition that must hold (empty: none)"),
                VIEW,
            ),
            AREA,
            "#ffff5555",
            needs_name=True,
        ),
        ClassSpec(
            "Trigger",
            "entering the area runs a story node",
            (
                PropSpec("node", PropType.STRING, "", "the story node to run", True),
                PropSpec("once", PropType.BOOL, True, "run only the first time"),
                PropSpec(
                    "found",
                    PropType.BOOL,
                    False,
                    "a place found by looking: no objective points at it and the story does not wait for it",
                ),
                VIEW,
            ),
            AREA,
            "#ffffaa00",
            needs_name=True,
        ),
        ClassSpec(
            "HideSpot",
            "a place entered with the interact action that hides fully (a heap of clothes, under a counter)",
            (PropSpec("capacity", PropType.INT, 1, "how many actors fit"), VIEW),
            AREA,
            "#ff2ce8f5",
            needs_name=True,
        ),
        ClassSpec(
            "Patrol",
            "a route the Cube's ground point follows (polyline: back and forth; polygon: round)",
            (PropSpec("speed", PropType.FLOAT, 1.0, "pixels per tick"), VIEW),
            frozenset({Shape.POLYLINE, Shape.POLYGON}),
            "#ffe43b44",
        ),
        ClassSpec(
            "Item",
            "something to pick up",
            (PropSpec("item", PropType.STRING, "", "which item", True, "ItemId"), VIEW),
            POINTISH,
            "#fffee761",
            needs_name=True,
        ),
        ClassSpec(
            "Checkpoint",
            "reaching the area saves and sets the retry point",
            (VIEW,),
            AREA,
            "#ff63c74d",
            needs_name=True,
        ),
        ClassSpec(
            "Wall",
            "an extra solid shape rasterized into the grid (tiles whose centre it covers)",
            (PropSpec("blocks_sight", PropType.BOOL, True, "also blocks the Cube's line of sight"), VIEW),
            frozenset({Shape.RECT, Shape.POLYGON, Shape.ELLIPSE}),
            "#ff8b9bb4",
        ),
        ClassSpec(
            "Light",
            "an ambient light in the world (a lamp, a fire)",
            (
                PropSpec("radius", PropType.FLOAT, 48.0, "radius in pixels"),
                PropSpec("color", PropType.COLOR, "#ffffd080", "colour of the light"),
                PropSpec("intensity", PropType.FLOAT, 0.6, "0 to 1"),
                PropSpec("flicker", PropType.BOOL, False, "the light flickers"),
                VIEW,
            ),
            POINTISH,
            "#ffffffff",
        ),
        ClassSpec(
            "NoiseSource",
            "something that makes noise the Cube can hear (a loose sign, a speaker)",
            (
                PropSpec("radius", PropType.FLOAT, 6.0, "how far it carries, in tiles"),
                PropSpec("period", PropType.INT, 0, "ticks between noises (0: only when touched)"),
                VIEW,
            ),
            POINTISH | frozenset({Shape.POLYGON}),
            "#ffb55088",
        ),
    )
}

MAP_PROPS: tuple[PropSpec, ...] = (
    PropSpec("scene", PropType.STRING, "", "the scene id of this map", True, "SceneId"),
    PropSpec("story", PropType.FILE, "", "the story YAML file, relative to the map"),
    PropSpec("music", PropType.STRING, "", "the music track id"),
    PropSpec("darkness", PropType.FLOAT, 0.0, "0 (day) to 1 (black)"),
    PropSpec("cube", PropType.BOOL, False, "a Cube hunts here"),
)

TILE_FLAG_PROPS: tuple[PropSpec, ...] = (
    PropSpec("solid", PropType.BOOL, False, "blocks walking"),
    PropSpec("blocks_sight", PropType.BOOL, False, "blocks the Cube's line of sight"),
    PropSpec("roof", PropType.BOOL, False, "hides the ground below from the sky"),
    PropSpec("blocks_air", PropType.BOOL, False, "the Cube cannot fly through"),
    PropSpec("cover", PropType.BOOL, False, "hides an actor who stands on it"),
)

TILE_PROPS: tuple[PropSpec, ...] = (
    *TILE_FLAG_PROPS,
    PropSpec("step", PropType.STRING, "dirt", "footstep sound", enum="Step"),
)

LAYER_PROPS: tuple[PropSpec, ...] = (
    VIEW,
    PropSpec("above", PropType.BOOL, False, "drawn over the actors"),
    *TILE_FLAG_PROPS,
)

RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("map", "darkness"): (0.0, 1.0),
    ("Light", "intensity"): (0.0, 1.0),
    ("HideSpot", "capacity"): (1, 8),
    ("Patrol", "speed"): (0.05, 8.0),
}
"""Numeric bounds ``check`` enforces, keyed by (class or ``map``, property)."""


def enum_values(name: str) -> tuple[str, ...]:
    """The values of one enum."""
    return ENUMS[name]


def defaults(cls: str) -> dict[str, PropValue]:
    """Every property of a class with its default value."""
    spec = CLASSES.get(cls)
    return {} if spec is None else {p.name: p.default for p in spec.props}
