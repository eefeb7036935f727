"""The Cube's state as plain values: the state-hash snapshot (floats rounded) and the save (exact)."""

from __future__ import annotations

from game.ai.cube import Cube, CubeState
from game.ai.patrol import route_for


def _pt(p: tuple[float, float] | None) -> list[float] | None:
    """A point rounded for the state hash."""
    return None if p is None else [round(p[0], 3), round(p[1], 3)]


def _exact(p: tuple[float, float] | None) -> list[float] | None:
    """A point as it is, for saves (JSON carries doubles exactly, so a load resumes the very same game)."""
    return None if p is None else [p[0], p[1]]


def _tuple(v: object) -> tuple[float, float] | None:
    if isinstance(v, list | tuple) and len(v) == 2:
        return (float(v[0]), float(v[1]))
    return None


def cube_snapshot(cube: Cube) -> list[object]:
    """Everything that decides the Cube's future, for the state hash."""
    b = cube.body
    return [
        cube.state.value,
        cube.state_tick,
        round(b.x, 3),
        round(b.y, 3),
        round(b.vx, 3),
        round(b.vy, 3),
        round(b.heading, 3),
        round(b.speed, 3),
        round(cube.altitude, 3),
        cube.route.index,
        cube.route.step,
        cube.route.source,
        cube.waves.wave,
        cube.waves.ticks,
        cube.focus,
        _pt(cube.lkp),
        cube.lkp_tick,
        _pt(cube.investigate),
        _pt(cube.sweep),
        [_pt(p) for p in cube.search],
        cube.search_index,
        cube.search_built,
        cube.dwell,
        cube.capture_ticks,
        cube.capture_out,
        _pt(cube.retreat_to),
    ]


def cube_to_save(cube: Cube) -> dict[str, object]:
    """The Cube's state for a save file."""
    b = cube.body
    return {
        "state": cube.state.value,
        "state_tick": cube.state_tick,
        "body": [
            b.x,
            b.y,
            b.vx,
            b.vy,
            b.heading,
            b.speed,
        ],
        "altitude": cube.altitude,
        "route": [cube.route.index, cube.route.step, cube.route.source],
        "waves": [cube.waves.wave, cube.waves.ticks],
        "focus": cube.focus,
        "lkp": _exact(cube.lkp),
        "lkp_tick": cube.lkp_tick,
        "investigate": _exact(cube.investigate),
        "sweep": _exact(cube.sweep),
        "sweep_hint_tick": cube.sweep_hint_tick,
        "search": [_exact(p) for p in cube.search],
        "search_index": cube.search_index,
        "search_built": cube.search_built,
        "dwell": cube.dwell,
        "capture": [cube.capture_ticks, cube.capture_out],
        "retreat_to": _exact(cube.retreat_to),
    }


def cube_load(cube: Cube, data: dict[str, object]) -> None:
    """Restore the Cube from :func:`cube_to_save`'s dict (unknown or missing fields keep their values)."""
    cube.state = CubeState(str(data.get("state", cube.state.value)))
    cube.state_tick = int(data.get("state_tick", 0))  # type: ignore[call-overload]
    body = data.get("body")
    if isinstance(body, list) and len(body) == 6:
        b = cube.body
        b.x, b.y, b.vx, b.vy, b.heading, b.speed = (float(v) for v in body)
    cube.altitude = float(data.get("altitude", cube.altitude))  # type: ignore[arg-type]
    route = data.get("route")
    if isinstance(route, list) and len(route) == 3 and int(route[2]) != cube.route.source:
        cube.route = route_for(cube.level, cube.body.x, cube.body.y, only=int(route[2]))
    if isinstance(route, list) and len(route) in (2, 3) and 0 <= int(route[0]) < len(cube.route.points):
        cube.route.index, cube.route.step = int(route[0]), int(route[1])
    waves = data.get("waves")
    if isinstance(waves, list) and len(waves) == 2:
        cube.waves.wave, cube.waves.ticks = int(waves[0]), int(waves[1])
    cube.focus = int(data.get("focus", 0))  # type: ignore[call-overload]
    cube.lkp = _tuple(data.get("lkp"))
    cube.lkp_tick = int(data.get("lkp_tick", 0))  # type: ignore[call-overload]
    cube.investigate = _tuple(data.get("investigate"))
    cube.sweep = _tuple(data.get("sweep"))
    cube.sweep_hint_tick = int(data.get("sweep_hint_tick", -1))  # type: ignore[call-overload]
    search = data.get("search")
    cube.search = (
        [p for p in (_tuple(v) for v in search) if p is not None] if isinstance(search, list) else []
    )
    cube.search_index = int(data.get("search_index", 0))  # type: ignore[call-overload]
    cube.search_built = bool(data.get("search_built", False))
    cube.dwell = int(data.get("dwell", 0))  # type: ignore[call-overload]
    capture = data.get("capture")
    if isinstance(capture, list) and len(capture) == 2:
        cube.capture_ticks, cube.capture_out = int(capture[0]), int(capture[1])
    cube.retreat_to = _tuple(data.get("retreat_to")) or (cube.body.x, cube.body.y)
    cube.pilot.route = None
