"""The one way the game reads a file: only regular files, never past a limit, JSON never nested past a depth.

A FIFO, ``/dev/zero``, a device or a folder named where a map, story, save or replay should be is refused at
once (opened non-blocking, so a FIFO with no writer never hangs the game); a file larger than its limit
(:mod:`game.limits`) is refused after reading one byte past the limit. Both raise :class:`FileRefusedError`, an
``OSError`` whose ``strerror`` is the reason and what to do, so code that already handles an unreadable file
handles a refused one the same way.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import struct
from itertools import accumulate
from typing import Any, BinaryIO

from game.limits import IMAGE_PIXELS, IMAGE_SIDE, JSON_DEPTH, Limit, shown

_LIMITS_HINT = "see README.md, Limits"


class FileRefusedError(OSError):
    """A file the game will not read: not a regular file, or larger than its limit."""

    def __init__(self, path: str | os.PathLike[str], reason: str, code: int = errno.EINVAL) -> None:
        super().__init__(code, reason, os.fspath(path))

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def too_large(limit: Limit, what: str | None = None) -> str:
    """The reason given for a file past ``limit``."""
    return f"{what or limit.what} may be at most {shown(limit)}; this one is larger ({_LIMITS_HINT})"


def open_regular(path: str | os.PathLike[str], limit: Limit, what: str | None = None) -> BinaryIO:
    """A regular file of at most ``limit.value`` bytes, opened for reading (to read a part of it, as a
    stream); refused like :func:`read_bytes`. The size is the one it has now: read no more than the limit."""
    fd = _open_regular(path, limit, what)
    return os.fdopen(fd, "rb")


def _open_regular(path: str | os.PathLike[str], limit: Limit, what: str | None) -> int:
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            name = what or limit.what
            raise FileRefusedError(
                path, f"{_kind(info.st_mode)}, not a file; name {name} that is an ordinary file"
            )
        if info.st_size > limit.value:
            raise FileRefusedError(path, too_large(limit, what), errno.EFBIG)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_bytes(path: str | os.PathLike[str], limit: Limit, what: str | None = None) -> bytes:
    """The bytes of a regular file of at most ``limit.value`` bytes.

    Raises :class:`FileRefusedError` for anything else (a FIFO, a device, a folder, a larger file) and the usual
    ``OSError`` (``FileNotFoundError``, ``PermissionError``...) when the file cannot be opened at all.
    """
    fd = _open_regular(path, limit, what)
    try:
        chunks: list[bytes] = []
        total = 0
        while total <= limit.value:
            chunk = os.read(fd, min(limit.value + 1 - total, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit.value:  # it grew while we read it
            raise FileRefusedError(path, too_large(limit, what), errno.EFBIG)
        return b"".join(chunks)
    finally:
        os.close(fd)


def checked(path: str | os.PathLike[str], limit: Limit, what: str | None = None) -> str:
    """``path`` as a string, once it is a regular file of at most ``limit.value`` bytes (refused like
    :func:`read_bytes`): for a file a library opens by name and streams (a font, music)."""
    os.close(_open_regular(path, limit, what))
    return os.fspath(path)


def read_text(path: str | os.PathLike[str], limit: Limit, what: str | None = None) -> str:
    """:func:`read_bytes` decoded as UTF-8 (``UnicodeDecodeError`` when it is not)."""
    return read_bytes(path, limit, what).decode("utf-8")


# A JSON string (escapes included); brackets inside strings do not nest anything.
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


class TooDeepError(ValueError):
    """JSON nested deeper than :data:`game.limits.JSON_DEPTH` (the parser would recurse past Python's stack)."""


def json_depth(text: str) -> int:
    """How deep the brackets of a JSON text nest (0 for a bare number or string). Linear, no recursion."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0)


def check_depth(text: str, limit: Limit = JSON_DEPTH) -> None:
    """Raise :class:`TooDeepError` when ``text`` nests deeper than ``limit``; checked before ``json.loads`` recurses."""
    if text.count("[") + text.count("{") <= limit.value:
        return  # cannot be deeper than the number of brackets it opens
    depth = json_depth(text)
    if depth > limit.value:
        raise TooDeepError(f"nested {depth} levels deep; at most {limit.value} are read ({_LIMITS_HINT})")


def loads(text: str, depth: Limit = JSON_DEPTH, **kwargs: Any) -> Any:
    """``json.loads`` that first refuses nesting deeper than ``depth`` (:class:`TooDeepError`, a ``ValueError``)."""
    check_depth(text, depth)
    return json.loads(text, **kwargs)


def read_json(
    path: str | os.PathLike[str],
    limit: Limit,
    what: str | None = None,
    depth: Limit = JSON_DEPTH,
    **kwargs: Any,
) -> Any:
    """A JSON file read through :func:`read_text` and :func:`loads`.

    Raises :class:`FileRefusedError` / ``OSError`` (cannot or will not read), ``UnicodeDecodeError`` or
    ``ValueError`` (not JSON, or nested too deep).
    """
    return loads(read_text(path, limit, what), depth, **kwargs)


_PNG = b"\x89PNG\r\n\x1a\n"


def image_size(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """A PNG's width and height from its header (``None`` for another format or a header too short to say)."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefusedError(
                path, f"{_kind(info.st_mode)}, not a file; name a picture that is an ordinary file"
            )
        head = os.read(fd, 24)
    finally:
        os.close(fd)
    if len(head) < 24 or head[:8] != _PNG or head[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", head[16:24])
    return int(width), int(height)


def image_problem(width: int, height: int) -> str | None:
    """Why a picture of this size is refused, or ``None`` when it is within the limits."""
    if width > IMAGE_SIDE.value or height > IMAGE_SIDE.value or width * height > IMAGE_PIXELS.value:
        return (
            f"the picture is {width} x {height} pixels; at most {IMAGE_SIDE.value} a side and "
            f"{shown(IMAGE_PIXELS)} in all are loaded ({_LIMITS_HINT})"
        )
    return None


def check_image(path: str | os.PathLike[str]) -> None:
    """Refuse (:class:`FileRefusedError`) a picture that is not a regular file or whose header says it is too large.

    Only the header is read: a 110 KB PNG can declare 30000 x 30000 pixels (3.6 GB once loaded).
    """
    size = image_size(path)
    if size is not None:
        problem = image_problem(*size)
        if problem is not None:
            raise FileRefusedError(path, problem, errno.EFBIG)
