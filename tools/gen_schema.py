"""Write the Tiled files generated from the game's schema (game/content/schema.py): ``python -m tools.gen_schema``.

- ``levels/refuge.tiled-project``: custom types (object classes with defaults, map/layer/tile classes) and
  enums, for Tiled 1.9 and later (Tiled 1.8 reads the enums and takes object types from objecttypes.xml);
- ``levels/objecttypes.xml``: the object types for Tiled 1.8;
- ``levels/templates/*.tx``: an object template for every common object.

``tests/test_levels_schema.py`` fails when these files drift from the schema; rerun this script then.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

from game.content.schema import CLASSES, ENUMS, LAYER_PROPS, MAP_PROPS, TILE_PROPS, PropSpec, PropType
from game.world.level import PropValue, Shape

ROOT = Path(__file__).resolve().parent.parent
LEVELS = ROOT / "levels"


@dataclass(frozen=True, slots=True)
class Template:
    """One object template: file stem, class, default name, shape and size, and property values it sets."""

    stem: str
    cls: str
    shape: Shape
    name: str = ""
    size: tuple[float, float] = (0.0, 0.0)
    props: dict[str, PropValue] = field(default_factory=dict)
    points: tuple[tuple[float, float], ...] = ()


TEMPLATES: tuple[Template, ...] = (
    Template("spawn_player", "Spawn", Shape.POINT, "spawn_player", props={"who": "player"}),
    Template("spawn_partner", "Spawn", Shape.POINT, "spawn_partner", props={"who": "partner"}),
    Template("spawn_cube", "Spawn", Shape.POINT, "spawn_cube", props={"who": "cube"}),
    Template("exit", "Exit", Shape.RECT, size=(32, 32), props={"to": ""}),
    Template("trigger", "Trigger", Shape.RECT, size=(64, 64), props={"node": ""}),
    Template("hide_spot", "HideSpot", Shape.RECT, size=(32, 16), props={"capacity": 2}),
    Template("patrol", "Patrol", Shape.POLYGON, "patrol", points=((0, 0), (160, 0), (160, 96), (0, 96))),
    Template("item_camcorder", "Item", Shape.POINT, "item_camcorder", props={"item": "camcorder"}),
    Template("item_battery", "Item", Shape.POINT, props={"item": "battery"}),
    Template("checkpoint", "Checkpoint", Shape.RECT, size=(48, 48)),
    Template("wall", "Wall", Shape.RECT, size=(16, 16)),
    Template("door_really_there", "Wall", Shape.RECT, size=(16, 32), props={"view": "reality"}),
    Template("light", "Light", Shape.POINT),
    Template("noise_source", "NoiseSource", Shape.POINT),
)


def tiled_type(spec: PropSpec) -> str:
    """The Tiled property type name."""
    return spec.type.value


def json_value(spec: PropSpec, value: PropValue) -> PropValue:
    """A default as the project file stores it."""
    if spec.type is PropType.FLOAT:
        return float(value)
    return value


def member(spec: PropSpec) -> dict[str, object]:
    """One member of a custom class."""
    out: dict[str, object] = {
        "name": spec.name,
        "type": tiled_type(spec),
        "value": json_value(spec, spec.default),
    }
    if spec.enum is not None:
        out["propertyType"] = spec.enum
    return out


def project() -> str:
    """The ``.tiled-project`` JSON text."""
    types: list[dict[str, object]] = []
    next_id = 1
    for name, values in ENUMS.items():
        types.append(
            {
                "id": next_id,
                "name": name,
                "storageType": "string",
                "type": "enum",
                "values": list(values),
                "valuesAsFlags": False,
            }
        )
        next_id += 1
    for spec in CLASSES.values():
        types.append(
            {
                "id": next_id,
                "name": spec.name,
                "type": "class",
                "useAs": ["object"],
                "color": spec.color,
                "drawFill": True,
                "members": [member(p) for p in spec.props],
            }
        )
        next_id += 1
    for name, use, props in (
        ("RefugeMap", "map", MAP_PROPS),
        ("RefugeLayer", "layer", LAYER_PROPS),
        ("RefugeTile", "tile", TILE_PROPS),
    ):
        types.append(
            {
                "id": next_id,
                "name": name,
                "type": "class",
                "useAs": [use],
                "color": "#ffa0a0a4",
                "drawFill": True,
                "members": [member(p) for p in props],
            }
        )
        next_id += 1
    doc = {
        "automappingRulesFile": "",
        "commands": [],
        "extensionsPath": "extensions",
        "folders": ["."],
        "objectTypesFile": "objecttypes.xml",
        "propertyTypes": types,
    }
    return json.dumps(doc, indent=4) + "\n"


def xml_default(value: PropValue) -> str:
    """A default as objecttypes.xml writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def objecttypes() -> str:
    """The ``objecttypes.xml`` text (Tiled 1.8)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<objecttypes>"]
    for spec in CLASSES.values():
        rgb = "#" + spec.color[3:] if len(spec.color) == 9 else spec.color
        out.append(f' <objecttype name="{spec.name}" color="{rgb}">')
        for p in spec.props:
            out.append(
                f'  <property name="{p.name}" type="{tiled_type(p)}" default={quoteattr(xml_default(p.default))}/>'
            )
        out.append(" </objecttype>")
    out.append("</objecttypes>")
    return "\n".join(out) + "\n"


def property_line(spec: PropSpec, value: PropValue) -> str:
    """A ``<property>`` element of a template."""
    if spec.type is PropType.STRING:
        enum = f' propertytype="{spec.enum}"' if spec.enum else ""
        return f'<property name="{spec.name}"{enum} value={quoteattr(str(value))}/>'
    return f'<property name="{spec.name}" type="{tiled_type(spec)}" value={quoteattr(xml_default(value))}/>'


def template(t: Template) -> str:
    """One ``.tx`` file."""
    spec = CLASSES[t.cls]
    attrs = f'name={quoteattr(t.name)} type="{t.cls}"'
    if t.size != (0.0, 0.0):
        attrs += f' width="{t.size[0]:g}" height="{t.size[1]:g}"'
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<template>", f" <object {attrs}>"]
    if t.props:
        lines.append("  <properties>")
        for key, value in sorted(t.props.items()):
            prop = spec.prop(key)
            if prop is None:
                raise KeyError(f"template {t.stem}: {t.cls} has no property {key!r}")
            lines.append("   " + property_line(prop, value))
        lines.append("  </properties>")
    if t.shape is Shape.POINT:
        lines.append("  <point/>")
    elif t.shape is Shape.ELLIPSE:
        lines.append("  <ellipse/>")
    elif t.shape in (Shape.POLYGON, Shape.POLYLINE):
        pts = " ".join(f"{x:g},{y:g}" for x, y in t.points)
        lines.append(f'  <{t.shape.value} points="{pts}"/>')
    lines += [" </object>", "</template>"]
    return "\n".join(lines) + "\n"


def render_all() -> dict[str, str]:
    """Every generated file, by path relative to ``levels/``."""
    files = {"refuge.tiled-project": project(), "objecttypes.xml": objecttypes()}
    for t in TEMPLATES:
        files[f"templates/{t.stem}.tx"] = template(t)
    return files


def main(argv: list[str] | None = None) -> int:
    """Write the files (``--check``: only say whether they are up to date)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    stale = []
    for rel, text in render_all().items():
        path = LEVELS / rel
        current = path.read_text() if path.exists() else None
        if current != text:
            stale.append(rel)
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text)
    for rel in stale:
        print(("stale: " if args.check else "wrote: ") + rel)
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    raise SystemExit(main())
