"""The edge for baked path hierarchies: ``<map>.nav`` beside a ``.tmx`` holds the contraction hierarchies of
the map's grids (game/ai/hierarchy.py), written by ``python -m tools.bake_nav``.

The file is zlib-compressed: ``RFNV``, a format version (uint16), a count (uint32), then per hierarchy its
length (uint32) and its bytes (:meth:`Hierarchy.to_bytes`), little-endian. A hierarchy names the grid it was
built from by a digest of its passability, so a bake never applies to a map edited since (``refuge check``
warns: M035), and a grid checks every edge of its hierarchy before using it. A bake only makes queries
quicker: one that cannot be used (M034) is a warning, and the map plays without it.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterable
from pathlib import Path

from game.ai.hierarchy import BakeError, Hierarchy
from game.limits import NAV_FILE
from game.readfile import read_bytes

__all__ = ["BAKE_SUFFIX", "BakeError", "bake_path", "read_bake", "write_bake"]

BAKE_SUFFIX = ".nav"
MAGIC = b"RFNV"
VERSION = 1
MAX_BYTES = 1 << 28
"""The most a bake may unpack to (a 1000x1000 open grid's hierarchies take about a tenth of it)."""


def bake_path(map_path: Path) -> Path:
    """Where a map's bake lives: beside it, with the same name."""
    return map_path.with_suffix(BAKE_SUFFIX)


def write_bake(path: Path, hierarchies: Iterable[Hierarchy]) -> int:
    """Write the bake; return its size in bytes."""
    blobs = [h.to_bytes() for h in hierarchies]
    body = MAGIC + VERSION.to_bytes(2, "little") + len(blobs).to_bytes(4, "little")
    body += b"".join(len(b).to_bytes(4, "little") + b for b in blobs)
    data = zlib.compress(body, 9)
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(data)
    os.replace(partial, path)  # a bake cut short never replaces a good one
    return len(data)


def read_bake(path: Path) -> dict[bytes, bytes]:
    """The hierarchies of a bake by grid digest, each checked readable; raise :class:`BakeError` saying what
    is wrong with the file otherwise."""
    try:
        unpack = zlib.decompressobj()
        body = unpack.decompress(read_bytes(path, NAV_FILE), MAX_BYTES)
        if unpack.unconsumed_tail:
            raise BakeError(f"unpacks to more than {MAX_BYTES >> 20} MB")
        if not unpack.eof:
            raise BakeError("truncated (the zlib stream does not end)")
    except OSError as exc:
        raise BakeError(f"cannot read it: {exc.strerror or exc}") from None
    except zlib.error:
        raise BakeError("not a bake (not zlib data)") from None
    if body[:4] != MAGIC or len(body) < 10:
        raise BakeError("not a bake (no RFNV header)")
    version = int.from_bytes(body[4:6], "little")
    if version != VERSION:
        raise BakeError(f"bake format {version}, this game reads {VERSION}")
    count = int.from_bytes(body[6:10], "little")
    out: dict[bytes, bytes] = {}
    at = 10
    for _ in range(count):
        size = int.from_bytes(body[at : at + 4], "little")
        blob = body[at + 4 : at + 4 + size]
        if len(blob) != size:
            raise BakeError("truncated")
        out[Hierarchy.from_bytes(blob).digest] = blob
        at += 4 + size
    if at != len(body):
        raise BakeError(f"{len(body) - at} bytes after the last hierarchy")
    return out
