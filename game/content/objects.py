"""Tiled objects -> :class:`MapObject`: classes from ``type=`` or ``class=``, templates, shapes, typed properties.

pytmx drops ``class=`` and keeps templates only as a path, so objects are read from our own XML tree.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path

from game.content.diagnostics import ContentError, Diagnostic
from game.content.props import RawProp, did_you_mean, missing_required, read_raw, type_props
from game.content.schema import CLASSES
from game.content.xmltree import Node, parse_file
from game.world.level import MapObject, PropValue, Shape, SourcePos, View


def finite(text: str, what: str) -> float:
    """``text`` as a finite number; ValueError (saying ``what`` and the text) for anything else, including
    the infinities and NaN that ``float`` accepts ("1e309", "nan")."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{what} is {text!r}, not a finite number")
    return value


def number(attrs: dict[str, str], key: str, default: str = "0") -> float:
    """An XML attribute as a finite number (``default`` when it is missing or empty)."""
    return finite(attrs.get(key, default) or default, key)


GID_FLAGS = 0xE0000000
SHAPE_TAGS = ("point", "ellipse", "polygon", "polyline", "text")


@dataclass(frozen=True, slots=True)
class LayerContext:
    """What an object inherits from its (possibly nested) object layer."""

    name: str
    view: View
    offset_x: float
    offset_y: float
    visible: bool


@dataclass(frozen=True, slots=True)
class TileObject:
    """An object drawn as a tile: raw gid (with flip bits, map numbering), box in pixels, and its layer."""

    gid: int
    x: float
    y: float
    width: float
    height: float
    layer: str
    view: View
    visible: bool


@dataclass(slots=True)
class ObjectReader:
    """Reads objects of one map, caching templates; collects diagnostics instead of stopping at the first."""

    map_path: Path
    shown: str
    tilesets: list[tuple[int, str]]
    """(firstgid, absolute tileset path) of the map, to renumber gids of tile templates."""
    diags: list[Diagnostic] = field(default_factory=list)
    tiles: list[TileObject] = field(default_factory=list)
    templates: dict[str, tuple[Node, str, list[tuple[int, str]]] | None] = field(default_factory=dict)

    def template(self, ref: str, at: Node) -> tuple[Node, str, list[tuple[int, str]]] | None:
        """The template's object node, its shown path and its tilesets, or None (reported) when unusable."""
        full = os.path.normpath(os.path.join(self.map_path.parent, ref))
        if full in self.templates:
            return self.templates[full]
        shown = os.path.normpath(os.path.join(os.path.dirname(self.shown), ref))
        result: tuple[Node, str, list[tuple[int, str]]] | None = None
        if not os.path.exists(full):
            self.diags.append(Diagnostic(self.shown, at.line, at.col, "M006", f"template '{ref}' not found"))
        else:
            try:
                root = parse_file(Path(full), shown, "M006", "template")
            except ContentError as exc:
                self.diags.extend(exc.diagnostics)
                root = None
            obj = root.find("object") if root is not None else None
            if root is not None and (root.tag != "template" or obj is None):
                self.diags.append(Diagnostic(shown, root.line, root.col, "M006", "not an object template"))
            elif root is not None and obj is not None:
                sets = [
                    (
                        int(ts.get("firstgid", "1") or 1),
                        os.path.normpath(os.path.join(os.path.dirname(full), src)),
                    )
                    for ts in root.findall("tileset")
                    if (src := ts.get("source"))
                ]
                result = (obj, shown, sets)
        self.templates[full] = result
        return result

    def read(self, node: Node, ctx: LayerContext) -> MapObject | None:
        """One ``<object>`` as a MapObject (None for text objects, which carry no game meaning)."""
        attrs = dict(node.attrib)
        raw: dict[str, RawProp] = {}
        shape_node: Node | None = None
        gid = 0
        ref = attrs.get("template")
        if ref:
            tpl = self.template(ref, node)
            if tpl is not None:
                tnode, tshown, tsets = tpl
                merged = dict(tnode.attrib)
                merged.update(attrs)
                attrs = merged
                raw = read_raw(tnode, tshown)
                shape_node = self._shape(tnode)
                if "gid" in tnode.attrib and "gid" not in node.attrib:
                    gid = self._renumber(int(tnode.attrib["gid"]), tsets)
        raw.update(read_raw(node, self.shown))
        own_shape = self._shape(node)  # (an element without children is falsy: compare with None)
        if own_shape is not None:
            shape_node = own_shape
        if "gid" in node.attrib:
            gid = int(node.attrib["gid"])
        oid = int(attrs.get("id", "0") or 0)
        name = attrs.get("name", "") or ""
        cls = attrs.get("class") or attrs.get("type") or ""
        x = number(attrs, "x") + ctx.offset_x
        y = number(attrs, "y") + ctx.offset_y
        width = number(attrs, "width")
        height = number(attrs, "height")
        rotation = number(attrs, "rotation")
        if not (math.isfinite(x + width) and math.isfinite(y + height)):
            raise ValueError(
                f"x, y, width and height ({x}, {y}, {width}, {height}) reach past a finite number"
            )
        shape, points = self._geometry(shape_node, gid, x, y)
        if shape is None:
            return None
        if gid:
            # Tiled anchors tile objects at their bottom-left; keep that for drawing, report the top-left.
            self.tiles.append(TileObject(gid, x, y - height, width, height, ctx.name, ctx.view, ctx.visible))
        if rotation and shape in (Shape.RECT, Shape.ELLIPSE, Shape.POLYGON, Shape.POLYLINE, Shape.TILE):
            shape, points = rotate(shape, points, x, y, width, height, rotation)
        prefix = f'object {oid} "{name}" ({cls or "no class"}): '
        where = (self.shown, node.line, node.col)
        properties, view = self._props(cls, raw, prefix, where, ctx.view)
        if gid and shape is Shape.TILE:
            y -= height
        if points:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            x, y = min(xs), min(ys)
            width, height = max(xs) - x, max(ys) - y
        return MapObject(
            oid, name, cls, shape, x, y, width, height, points, properties, view, SourcePos(*where)
        )

    def _props(
        self, cls: str, raw: dict[str, RawProp], prefix: str, where: tuple[str, int, int], layer_view: View
    ) -> tuple[dict[str, PropValue], View]:
        spec = CLASSES.get(cls)
        if spec is None:
            hint = did_you_mean(cls, CLASSES) if cls else ""
            if cls:
                known = ", ".join(CLASSES)
                self.diags.append(
                    Diagnostic(*where, "M010", f"{prefix}unknown class '{cls}'{hint} (known: {known})")
                )
            props = type_props(raw, (), prefix, self.diags, open_props=True)
        else:
            props = type_props(raw, spec.props, prefix, self.diags)
            self.diags.extend(missing_required(raw, spec.props, prefix, where))
        view = layer_view
        written = raw.get("view")
        if written is not None and written.value in ("both", "reality", "dream"):
            view = View(written.value)
        if spec is not None and spec.prop("view") is not None:
            props["view"] = view.value
        return props, view

    @staticmethod
    def _shape(node: Node) -> Node | None:
        for child in node.children:
            if child.tag in SHAPE_TAGS:
                return child
        return None

    def _renumber(self, gid: int, template_sets: list[tuple[int, str]]) -> int:
        flags, bare = gid & GID_FLAGS, gid & ~GID_FLAGS
        owner = max((ts for ts in template_sets if ts[0] <= bare), default=None, key=lambda ts: ts[0])
        if owner is None:
            return 0
        for first, path in self.tilesets:
            if path == owner[1]:
                return (bare - owner[0] + first) | flags
        return 0

    @staticmethod
    def _geometry(
        shape_node: Node | None, gid: int, x: float, y: float
    ) -> tuple[Shape | None, tuple[tuple[float, float], ...]]:
        if shape_node is None:
            return (Shape.TILE if gid else Shape.RECT), ()
        match shape_node.tag:
            case "point":
                return Shape.POINT, ()
            case "ellipse":
                return Shape.ELLIPSE, ()
            case "text":
                return None, ()
            case tag:
                pts = []
                for pair in (shape_node.get("points", "") or "").split():
                    px, _, py = pair.partition(",")
                    pts.append((x + finite(px, "a point's x"), y + finite(py, "a point's y")))
                return (Shape.POLYGON if tag == "polygon" else Shape.POLYLINE), tuple(pts)


def rotate(
    shape: Shape,
    points: tuple[tuple[float, float], ...],
    x: float,
    y: float,
    width: float,
    height: float,
    degrees: float,
) -> tuple[Shape, tuple[tuple[float, float], ...]]:
    """A rotated object as an absolute polygon/polyline (Tiled rotates around the object's x, y)."""
    if shape is Shape.TILE:
        y -= height
        corners: tuple[tuple[float, float], ...] = (
            (x, y),
            (x + width, y),
            (x + width, y + height),
            (x, y + height),
        )
        # Tile objects rotate around their bottom-left corner.
        ox, oy = x, y + height
        shape = Shape.POLYGON
    elif shape is Shape.RECT:
        corners, ox, oy = ((x, y), (x + width, y), (x + width, y + height), (x, y + height)), x, y
        shape = Shape.POLYGON
    elif shape is Shape.ELLIPSE:
        rx, ry = width / 2, height / 2
        corners = tuple(
            (x + rx + rx * math.cos(a * math.pi / 8), y + ry + ry * math.sin(a * math.pi / 8))
            for a in range(16)
        )
        ox, oy = x, y
        shape = Shape.POLYGON
    else:
        corners, ox, oy = points, x, y
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    turned = tuple(
        (round(ox + c * (px - ox) - s * (py - oy), 3), round(oy + s * (px - ox) + c * (py - oy), 3))
        for px, py in corners
    )
    return shape, turned
