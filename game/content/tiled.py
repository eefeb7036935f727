"""The Tiled edge: a ``.tmx`` file -> :class:`Level` (flag grids for both views, typed objects, map properties).

Geometry, tile data and tile properties come from ``pytmx.TiledMap`` (no display needed); the layer tree (groups,
order, offsets, parallax), object classes (``type=`` and ``class=``), templates and source lines come from our own
expat tree, because pytmx flattens groups and drops ``class=`` and templates. The renderer reuses the same parse
(:func:`read_map` with an image loader), so a map is read once before its first frame.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytmx

from game.content.diagnostics import ContentError, Diagnostic, Severity
from game.content.flags import FLAG_NAMES, build_grid
from game.content.layers import LayerInfo, LayerKind
from game.content.navbake import BakeError, bake_path, read_bake
from game.content.objects import GID_FLAGS, LayerContext, ObjectReader, TileObject, finite
from game.content.props import read_raw, type_props
from game.content.schema import LAYER_PROPS, MAP_PROPS, TILE_PROPS
from game.content.xmltree import Node, parse_file
from game.world.level import Level, MapObject, SourcePos, View

ImageLoader = Callable[..., Any]


@dataclass(slots=True)
class ParsedMap:
    """One read of a map, shared by the level model and the renderer."""

    path: Path
    shown: str
    tmx: Any
    """The ``pytmx.TiledMap`` (with images when read with an image loader)."""
    layers: tuple[LayerInfo, ...]
    tile_data: list[list[list[int]]]
    """pytmx gids, per tile layer, row by row."""
    tile_objects: list[TileObject]
    tilesets: list[tuple[int, str]]
    """(firstgid, absolute tileset path) for each tileset of the map."""
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Inherit:
    view: View = View.BOTH
    above: bool = False
    visible: bool = True
    opacity: float = 1.0
    offset_x: float = 0.0
    offset_y: float = 0.0
    parallax_x: float = 1.0
    parallax_y: float = 1.0
    flags: int = 0


def load_level(path: Path) -> Level:
    """Load a map's level model; raise :class:`ContentError` when the map cannot be read or breaks the schema."""
    parsed, level = read_map(path)
    errors = [d for d in parsed.diagnostics if d.severity is Severity.ERROR]
    if errors:
        raise ContentError(errors)
    return level


def read_map(
    path: Path, image_loader: ImageLoader | None = None, strict: bool = True
) -> tuple[ParsedMap, Level]:
    """Read a map once (with images when ``image_loader`` is given); schema problems are collected, not raised.

    Raises :class:`ContentError` only when there is no map to speak of (unreadable, malformed, missing tileset).
    ``strict`` also checks the properties of every tileset tile (``check`` and ``load_level`` do; the play-time
    load, which must be quick, leaves that to them).
    """
    shown = str(path)
    root = parse_file(path, shown, "M002", "map file")
    try:
        return _read(path, shown, root, image_loader, strict)
    # A value our own reading chokes on (a number that is not one, a broken base64 layer...): report, never crash.
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError, zlib.error) as exc:
        message = f"cannot read the map: {type(exc).__name__}: {exc}"
        raise ContentError([Diagnostic(shown, root.line, root.col, "M003", message)]) from None


def _read(
    path: Path, shown: str, root: Node, image_loader: ImageLoader | None, strict: bool
) -> tuple[ParsedMap, Level]:
    diags: list[Diagnostic] = []
    if root.tag != "map":
        raise ContentError(
            [Diagnostic(shown, root.line, root.col, "M003", f"not a Tiled map (root <{root.tag}>)")]
        )
    _check_map_kind(root, shown)
    tilesets = _check_tilesets(root, path, shown, diags, strict)
    map_props = type_props(read_raw(root, shown), MAP_PROPS, "map: ", diags)
    reader = ObjectReader(path, shown, tilesets, diags)
    layers: list[LayerInfo] = []
    objects: list[MapObject] = []
    _walk(root, _Inherit(), shown, reader, layers, objects, [0])
    try:
        # pytmx reads our tree (a map is parsed once). Only the tiles the map uses get images, plus tile objects
        # from templates, which pytmx cannot see.
        extra = {t.gid & ~GID_FLAGS for t in reader.tiles}
        if image_loader is None:
            tmx = pytmx.TiledMap(load_all=False)
        else:
            tmx = pytmx.TiledMap(image_loader=image_loader, load_all=False, optional_gids=extra)
        tmx.filename = str(path)
        raw_layers = [_decode(layer) for layer in root.iter("layer")]
        mapping = _register_gids(tmx, raw_layers)
        tmx.parse_xml(_without_tile_data(root))
        for la, raw in zip(
            (la for la in tmx.layers if isinstance(la, pytmx.TiledTileLayer)), raw_layers, strict=True
        ):
            width = int(la.width) or 1
            mapped = list(map(mapping.__getitem__, raw))
            la.data = [mapped[i : i + width] for i in range(0, len(mapped), width)]
    # pytmx raises bare Exception, ValueError, KeyError... for content it cannot read; all mean "bad map".
    except Exception as exc:
        found = [d for d in diags if d.severity is Severity.ERROR]  # what we found first usually says where
        found.append(Diagnostic(shown, root.line, root.col, "M003", f"pytmx cannot read the map: {exc}"))
        raise ContentError(found) from None
    tile_data = [la.data for la in tmx.layers if isinstance(la, pytmx.TiledTileLayer)]
    width, height, ts = int(root.get("width", "0") or 0), int(root.get("height", "0") or 0), _tile_size(root)
    grid = build_grid(tmx, layers, tile_data, width, height, ts, objects)
    scene = str(map_props.get("scene", ""))
    if not scene:
        diags.append(
            Diagnostic(shown, root.line, root.col, "M016", "map: required property 'scene' is missing")
        )
    level = Level(
        scene, width, height, ts, grid, tuple(objects), map_props, SourcePos(shown, root.line, root.col)
    )
    baked = bake_path(path)
    if baked.exists():
        try:
            level = replace(level, nav_bakes=read_bake(baked))
        except BakeError as exc:
            # A bake only makes queries quicker: without it the map plays the same, so this is a warning.
            fix = f"the map plays without it; bake it again (python -m tools.bake_nav {shown}) or delete it"
            message = f"baked paths: {exc}; {fix}"
            diags.append(Diagnostic(str(bake_path(Path(shown))), 0, 0, "M034", message, Severity.WARNING))
    parsed = ParsedMap(path, shown, tmx, tuple(layers), tile_data, reader.tiles, tilesets, diags)
    return parsed, level


def _decode(layer: ET.Element) -> list[int]:
    """A tile layer's raw gids (flip bits included), decoded as pytmx would (CSV, base64, zlib, gzip)."""
    data = layer.find("data")
    if data is None or data.find("chunk") is not None or data.find("tile") is not None:
        raise ValueError("tile layers must hold CSV or base64 data of a finite map")
    return list(
        pytmx.pytmx.unpack_gids((data.text or "").strip(), data.get("encoding"), data.get("compression"))
    )


def _register_gids(tmx: Any, raw_layers: list[list[int]]) -> dict[int, int]:
    """Register each distinct raw gid with pytmx once (pytmx registers every cell, one Python call each)."""
    mapping = {0: 0}
    for raw in sorted(set().union(*raw_layers) - {0}):
        mapping[raw] = tmx.register_gid_check_flags(raw)
    return mapping


def _without_tile_data(node: ET.Element) -> ET.Element:
    """A shallow copy of the tree for pytmx with each tile layer's data replaced by an empty stub.

    The layers' gids are decoded and registered by us (:func:`_decode`, :func:`_register_gids`); pytmx still
    reads tilesets, tile properties, animations, objects and images from this tree.
    """
    copy = ET.Element(node.tag, node.attrib)
    for child in node:
        if child.tag == "group":
            copy.append(_without_tile_data(child))
        elif child.tag == "layer":
            layer = ET.Element("layer", child.attrib)
            for part in child:
                if part.tag == "data":
                    stub = ET.SubElement(layer, "data", {"encoding": "csv"})
                    stub.text = "0"
                else:
                    layer.append(part)
            copy.append(layer)
        else:
            copy.append(child)
    return copy


def _tile_size(root: Node) -> int:
    return int(root.get("tilewidth", "16") or 16)


def _check_map_kind(root: Node, shown: str) -> None:
    problems = []
    if (root.get("orientation") or "orthogonal") != "orthogonal":
        problems.append(f"orientation '{root.get('orientation')}' is not supported (use orthogonal)")
    if root.get("infinite") == "1":
        problems.append("infinite maps are not supported (Map > Map Properties > Infinite: off)")
    if root.get("tilewidth") != root.get("tileheight"):
        problems.append("tiles must be square")
    for key in ("width", "height", "tilewidth"):
        if not (root.get(key) or "").isdigit() or int(root.get(key) or "0") <= 0:
            problems.append(f"map attribute '{key}' must be a positive whole number")
    if problems:
        raise ContentError([Diagnostic(shown, root.line, root.col, "M003", p) for p in problems])


def _check_tilesets(
    root: Node, path: Path, shown: str, diags: list[Diagnostic], strict: bool
) -> list[tuple[int, str]]:
    """Every tileset and its image must exist before pytmx reads them; report where they are named."""
    fatal: list[Diagnostic] = []
    out: list[tuple[int, str]] = []
    for ts in root.findall("tileset"):
        first = int(ts.get("firstgid", "1") or 1)
        source = ts.get("source")
        if source:
            full = os.path.normpath(os.path.join(path.parent, source))
            out.append((first, full))
            if not os.path.exists(full):
                fatal.append(Diagnostic(shown, ts.line, ts.col, "M004", f"tileset '{source}' not found"))
                continue
            if not strict:
                continue  # pytmx parses it next and reports what is wrong with it
            ts_shown = os.path.normpath(os.path.join(os.path.dirname(shown), source))
            try:
                node = parse_file(Path(full), ts_shown, "M004", "tileset")
            except ContentError as exc:
                fatal.extend(exc.diagnostics)
                continue
            _check_tileset_node(node, Path(full).parent, ts_shown, fatal, diags, strict)
            _check_tile_size(root, ts, node, shown, diags)
        else:
            _check_tileset_node(ts, path.parent, shown, fatal, diags, strict)
            _check_tile_size(root, ts, ts, shown, diags)
    if fatal:
        raise ContentError(fatal)
    return out


def _check_tile_size(root: Node, at: Node, tileset: Node, shown: str, diags: list[Diagnostic]) -> None:
    """A tileset cut into tiles of another size than the map's draws a checkerboard: an error where it is named."""
    want = (root.get("tilewidth"), root.get("tileheight"))
    got = (tileset.get("tilewidth"), tileset.get("tileheight"))
    if got != want:
        message = (
            f"tileset '{tileset.get('name') or at.get('source') or ''}' has {got[0]}x{got[1]} px tiles but the map's"
            f" are {want[0]}x{want[1]}: give the map the tileset's tile size (Map > Map Properties) or use a"
            " tileset of the map's"
        )
        diags.append(Diagnostic(shown, at.line, at.col, "M007", message))


def _check_tileset_node(
    node: Node, base: Path, shown: str, fatal: list[Diagnostic], diags: list[Diagnostic], strict: bool
) -> None:
    images = [node.find("image")] + [t.find("image") for t in node.findall("tile")]
    for image in images:
        if image is None:
            continue
        src = image.get("source", "") or ""
        if not (base / src).exists():
            fatal.append(Diagnostic(shown, image.line, image.col, "M005", f"tileset image '{src}' not found"))
    for tile in node.findall("tile") if strict else ():
        raw = read_raw(tile, shown)
        if raw:
            type_props(raw, TILE_PROPS, f"tile {tile.get('id')}: ", diags)


def _walk(
    node: Node,
    inh: _Inherit,
    shown: str,
    reader: ObjectReader,
    layers: list[LayerInfo],
    objects: list[MapObject],
    tile_counter: list[int],
) -> None:
    for child in node.children:
        if child.tag not in ("layer", "objectgroup", "imagelayer", "group"):
            continue
        name = child.get("name", "") or ""
        props = type_props(
            read_raw(child, shown), LAYER_PROPS, f'layer "{name}": ', reader.diags, fill_defaults=False
        )
        here = _compose(inh, child, props)
        match child.tag:
            case "group":
                _walk(child, here, shown, reader, layers, objects, tile_counter)
            case "layer":
                layers.append(_info(LayerKind.TILES, name, here, tile_index=tile_counter[0]))
                tile_counter[0] += 1
            case "imagelayer":
                image = child.find("image")
                src = (image.get("source", "") if image is not None else "") or ""
                rx, ry = child.get("repeatx") == "1", child.get("repeaty") == "1"
                layers.append(_info(LayerKind.IMAGE, name, here, image=src, repeat_x=rx, repeat_y=ry))
            case _:
                layers.append(_info(LayerKind.OBJECTS, name, here))
                ctx = LayerContext(name, here.view, here.offset_x, here.offset_y, here.visible)
                for obj_node in child.findall("object"):
                    try:
                        obj = reader.read(obj_node, ctx)
                    except ValueError as exc:  # a coordinate or size that is not a number
                        where = (shown, obj_node.line, obj_node.col)
                        what = f"object {obj_node.get('id', '?')}: an attribute is not a number ({exc})"
                        reader.diags.append(Diagnostic(*where, "M012", what))
                        continue
                    if obj is not None:
                        objects.append(obj)


def _compose(inh: _Inherit, node: Node, props: Mapping[str, object]) -> _Inherit:
    flags = inh.flags
    for key, bit in FLAG_NAMES:
        if props.get(key) is True:
            flags |= int(bit)
    view = inh.view
    if props.get("view") in ("both", "reality", "dream"):
        view = View(str(props["view"]))
    return _Inherit(
        view=view,
        above=inh.above or props.get("above") is True,
        visible=inh.visible and node.get("visible", "1") != "0",
        opacity=inh.opacity * finite(node.get("opacity", "1") or "1", "opacity"),
        offset_x=inh.offset_x + finite(node.get("offsetx", "0") or "0", "offsetx"),
        offset_y=inh.offset_y + finite(node.get("offsety", "0") or "0", "offsety"),
        parallax_x=inh.parallax_x * finite(node.get("parallaxx", "1") or "1", "parallaxx"),
        parallax_y=inh.parallax_y * finite(node.get("parallaxy", "1") or "1", "parallaxy"),
        flags=flags,
    )


def _info(kind: LayerKind, name: str, inh: _Inherit, **extra: Any) -> LayerInfo:
    return LayerInfo(
        kind,
        name,
        inh.view,
        inh.above,
        inh.visible,
        inh.opacity,
        inh.offset_x,
        inh.offset_y,
        inh.parallax_x,
        inh.parallax_y,
        inh.flags,
        **extra,
    )


def without_sources(level: Level) -> Level:
    """The level with its source position blanked, to compare two reads of the same map."""
    return replace(level, source=SourcePos(""))
