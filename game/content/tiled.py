"""The Tiled edge: a ``.tmx`` file -> :class:`Level` (flag grids for both views, typed objects, map properties).

Geometry, tile data and tile properties come from ``pytmx.TiledMap`` (no display needed); the layer tree (groups,
order, offsets, parallax), object classes (``type=`` and ``class=``), templates and source lines come from our own
expat tree, because pytmx flattens groups and drops ``class=`` and templates. The renderer reuses the same parse
(:func:`read_map` with an image loader), so a map is read once before its first frame.
"""

from __future__ import annotations

import base64
import os
import struct
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
from game.limits import COORDINATE, MAP_CELLS, MAP_SIDE, TILE_SIZE, Limit
from game.limits import shown as shown_limit
from game.readfile import FileRefusedError, check_image
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
    extents: list[tuple[int, int | None]] = []
    tilesets = _check_tilesets(root, path, shown, diags, strict, extents)
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
            tmx = pytmx.TiledMap(image_loader=_bounded(image_loader), load_all=False, optional_gids=extra)
        tmx.filename = str(path)
        cells = int(root.get("width", "0")) * int(root.get("height", "0"))
        last_gid = _last_gid(extents)
        raw_layers = [
            _layer_gids(layer, root, cells, last_gid, shown, diags)
            for layer in root.iter("layer")
            if isinstance(layer, Node)
        ]
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


def _bounded(image_loader: ImageLoader) -> ImageLoader:
    """``image_loader``, after each picture's header says it is within the limits (README.md, Limits): a
    110 KB PNG can declare 30000 x 30000 pixels, gigabytes once loaded. A refusal names the picture."""

    def load(filename: str, *args: Any, **kwargs: Any) -> Any:
        check_image(filename)
        return image_loader(filename, *args, **kwargs)

    return load


def _decode(data: ET.Element, cells: int) -> list[int] | int:
    """A tile layer's raw gids (flip bits included), decoded as pytmx would (CSV, base64, zlib, gzip).

    Never more work than the map's ``cells`` allow: a compressed layer is unpacked to at most one cell more
    than the map holds (a 519 KB zlib layer can unpack to gigabytes), and a CSV layer's cells are counted
    before they are read. A layer of the wrong length is its cell count (more than ``cells`` when larger).
    """
    text = (data.text or "").strip()
    encoding, compression = data.get("encoding"), data.get("compression")
    if encoding == "csv":
        count = text.count(",") + 1 if text else 0
        if count != cells:
            return count
        return [int(cell) for cell in text.split(",")]
    if encoding != "base64":
        raise ValueError(f"layer encoding {encoding!r} is not supported (use CSV or base64)")
    packed = base64.b64decode(text)
    if compression in ("zlib", "gzip"):
        unpack = zlib.decompressobj(zlib.MAX_WBITS | (16 if compression == "gzip" else 0))
        raw = unpack.decompress(packed, 4 * cells + 4)
        if unpack.unconsumed_tail or (not unpack.eof and unpack.decompress(b"", 1)):
            return cells + 1  # unpacks to more than the map holds: stop here, it may be a bomb
    elif compression:
        raise ValueError(f"layer compression {compression!r} is not supported (use zlib, gzip or none)")
    else:
        raw = packed
    if len(raw) % 4:
        raise ValueError(f"base64 layer data is {len(raw)} bytes, not whole 4-byte cells")
    if len(raw) // 4 != cells:
        return len(raw) // 4
    return list(struct.unpack(f"<{cells}I", raw))


def _layer_gids(
    layer: Node, root: Node, cells: int, last_gid: int | None, shown: str, diags: list[Diagnostic]
) -> list[int]:
    """A layer's raw gids, ``cells`` of them; a wrong length (M040) or a gid past the tilesets (M041) is
    reported where it is written, and the layer is made playable (padded, the bad gids emptied)."""
    data = layer.find("data")
    if data is None or data.find("chunk") is not None or data.find("tile") is not None:
        raise ValueError("tile layers must hold CSV or base64 data of a finite map")
    name = layer.get("name", "") or ""
    gids = _decode(data, cells)
    if isinstance(gids, int):
        width, height = root.get("width"), root.get("height")
        held = f"more than {cells}" if gids > cells and data.get("compression") else str(gids)
        message = (
            f'layer "{name}" holds {held} cells; a {width} x {height} map needs {cells} (width x height)'
        )
        diags.append(Diagnostic(shown, data.line, data.col, "M040", message))
        return [0] * cells
    bad = [i for i, gid in enumerate(gids) if not _gid_fits(gid, last_gid)]
    if bad:
        first = gids[bad[0]]
        x, y = bad[0] % max(1, int(root.get("width", "1"))), bad[0] // max(1, int(root.get("width", "1")))
        line, col = _cell_position(data, bad[0])
        if first < 0 or first > 0xFFFFFFFF:
            what = f"{first} is not a tile id (0 to 4294967295)"
        else:
            what = f"{first} ({first & ~GID_FLAGS} without flip bits) is past the last tile, {last_gid}"
        more = f"; {len(bad)} cells in all" if len(bad) > 1 else ""
        message = f'layer "{name}": cell ({x}, {y}) holds gid {what}{more}'
        diags.append(Diagnostic(shown, line, col, "M041", message))
        for i in bad:
            gids[i] = 0
    return gids


def _gid_fits(gid: int, last_gid: int | None) -> bool:
    if gid < 0 or gid > 0xFFFFFFFF:
        return False
    return last_gid is None or gid & ~GID_FLAGS <= last_gid


def _cell_position(data: Node, index: int) -> tuple[int, int]:
    """Where cell ``index`` of a CSV layer is written (the data element itself for base64)."""
    text = data.text or ""
    if data.get("encoding") != "csv":
        return data.line, data.col
    offset = 0
    for _ in range(index):
        offset = text.index(",", offset) + 1
    while offset < len(text) and text[offset].isspace():
        offset += 1
    newlines = text.count("\n", 0, offset)
    if not newlines:
        return data.text_line, data.text_col + offset
    return data.text_line + newlines, offset - text.rindex("\n", 0, offset)


def _last_gid(extents: list[tuple[int, int | None]]) -> int | None:
    """The largest gid the map's tilesets define (``None`` when a tileset does not say how many tiles it has)."""
    if any(count is None for _, count in extents):
        return None
    return max((first + (count or 0) - 1 for first, count in extents), default=0)


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
    width, height = int(root.get("width", "0")), int(root.get("height", "0"))
    over: list[str | None] = []
    if width > MAP_SIDE.value or height > MAP_SIDE.value or width * height > MAP_CELLS.value:
        over.append(
            f"the map is {width:,} x {height:,} tiles; the game reads at most {MAP_SIDE.value:,} a side and "
            f"{shown_limit(MAP_CELLS)} in all (README.md, Limits)"
        )
    over.append(_over("map tilewidth", int(root.get("tilewidth", "0")), TILE_SIZE))
    if any(over):
        raise ContentError([Diagnostic(shown, root.line, root.col, "M042", p) for p in over if p])


def _over(what: str, value: int, limit: Limit) -> str | None:
    """The M042 message for a value past a limit of :mod:`game.limits`, or ``None``."""
    if value <= limit.value:
        return None
    return f"{what} is {value:,}; the game reads at most {shown_limit(limit)} (README.md, Limits)"


def _check_tilesets(
    root: Node,
    path: Path,
    shown: str,
    diags: list[Diagnostic],
    strict: bool,
    extents: list[tuple[int, int | None]],
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
            ts_shown = os.path.normpath(os.path.join(os.path.dirname(shown), source))
            try:
                node = parse_file(Path(full), ts_shown, "M004", "tileset")
            except ContentError as exc:
                fatal.extend(exc.diagnostics)
                continue
            # Parsed here even for play: pytmx would read it with no limit on size or nesting.
            count = _check_tileset_node(node, Path(full).parent, ts_shown, fatal, diags, strict)
            _check_tile_size(root, ts, node, shown, diags)
        else:
            count = _check_tileset_node(ts, path.parent, shown, fatal, diags, strict)
            _check_tile_size(root, ts, ts, shown, diags)
        extents.append((first, count))
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
) -> int | None:
    """Check a tileset and its images; return how many tiles it has (``None`` when it does not say)."""
    for key in ("tilewidth", "tileheight"):
        value = node.get(key) or ""
        if not value.isdigit() or not 0 < int(value) <= TILE_SIZE.value:
            at = (shown, node.line, node.col)
            why = f"tileset {key} is {value!r}; it must be a whole number from 1 to {TILE_SIZE.value}"
            fatal.append(Diagnostic(*at, "M042", f"{why} (README.md, Limits)"))
    images = [node.find("image")] + [t.find("image") for t in node.findall("tile")]
    for image in images:
        if image is None:
            continue
        src = image.get("source", "") or ""
        if not (base / src).exists():
            fatal.append(Diagnostic(shown, image.line, image.col, "M005", f"tileset image '{src}' not found"))
            continue
        try:
            check_image(base / src)  # only its header: a small file can declare a huge picture
        except FileRefusedError as exc:
            fatal.append(
                Diagnostic(shown, image.line, image.col, "M042", f"tileset image '{src}': {exc.strerror}")
            )
        except OSError as exc:
            fatal.append(
                Diagnostic(shown, image.line, image.col, "M005", f"tileset image '{src}': {exc.strerror}")
            )
    for tile in node.findall("tile") if strict else ():
        raw = read_raw(tile, shown)
        if raw:
            type_props(raw, TILE_PROPS, f"tile {tile.get('id')}: ", diags)
    count = node.get("tilecount") or ""
    return int(count) if count.isdigit() else None


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
                    if obj is not None and _placed(obj, shown, obj_node, reader.diags):
                        objects.append(obj)


def _placed(obj: MapObject, shown: str, node: Node, diags: list[Diagnostic]) -> bool:
    """An object's coordinates must be within :data:`game.limits.COORDINATE` (drawing and nav need ints);
    one past it is reported (M022) and left out, so nothing downstream sees a coordinate like 1e300."""
    values = [obj.x, obj.y, obj.width, obj.height, *(v for p in obj.points for v in p)]
    far = max((abs(v) for v in values), default=0.0)
    if far <= COORDINATE.value:
        return True
    # Past the limit is past any map (the largest is 1024 tiles of 256 px): outside the map, M022.
    message = (
        f"object {obj.id} is outside the map: a coordinate or size is {far:g} pixels; at most "
        f"{COORDINATE.value:,} either way are read (README.md, Limits)"
    )
    diags.append(Diagnostic(shown, node.line, node.col, "M022", message))
    return False


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
