"""The command line: ``refuge [play|headless|check]``. The only place that decides exit codes."""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from game import stop
from game.limits import SCALE

if TYPE_CHECKING:
    from game.context import RunOptions

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_BAD_INPUT = 2
LANGUAGES = ("en", "ko")


_EXPECTED = (
    ("game.content.diagnostics", "ContentError"),
    ("game.input.replay", "ReplayError"),
    ("game.scenes.play", "LevelNotFoundError"),
)
"""Failures that are the input's fault, each already one line (module, class): shown as they are."""


class UsageError(Exception):
    """Bad input from the person at the command line: one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a bad flag is one line and exit code 2 rather than a usage dump."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see `{self.prog} --help`)")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")


def _scene_flags(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--scene", help="start in this scene (forest, mall, fantasy, confrontation, or a map's scene)"
    )
    where.add_argument("--map", type=Path, help="start in this Tiled map file")
    parser.add_argument("--seed", type=int, default=None, help="seed for the simulation's generator")
    parser.add_argument(
        "--lang", default=None, help=f"language of the text ({', '.join(LANGUAGES)}; default: the settings')"
    )


def game_version() -> str:
    """The installed package's version; the frozen build (no package metadata) reads its ``VERSION`` file."""
    from importlib import metadata

    try:
        return metadata.version("refuge-game")
    except metadata.PackageNotFoundError:
        from game.assets import data_root

        stamp = data_root() / "VERSION"  # written into the bundle by tools/build_dist.py
        return stamp.read_text(encoding="utf-8").strip() if stamp.is_file() else "unknown"


class _VersionAction(argparse.Action):
    """``--version``: looked up only when asked (reading package metadata is not free at every start)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"refuge {game_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The full command-line grammar."""
    parser = _Parser(prog="refuge", description="Refuge: a top-down narrative escape game.")
    _common(parser)
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="print the version and exit")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    play = sub.add_parser("play", help="play in a window (the default)")
    _common(play)
    _scene_flags(play)
    play.add_argument("--fullscreen", action="store_true", help="start in full screen")
    play.add_argument(
        "--scale", type=int, default=0, help="window scale (whole number; default fits the desktop)"
    )
    play.add_argument(
        "--watch",
        action="store_true",
        help="reload the map when it or its story, tilesets, images or templates change (errors shown at once)",
    )

    headless = sub.add_parser("headless", help="run the real game loop with no window")
    _common(headless)
    _scene_flags(headless)
    headless.add_argument("--bot", action="store_true", help="let the bot play")
    headless.add_argument(
        "--curious",
        action="store_true",
        help="with --bot: it also goes to the places found by looking (Triggers marked `found`)",
    )
    headless.add_argument(
        "--ticks", type=int, default=None, help="stop after this many ticks (60 per second)"
    )
    headless.add_argument("--profile", type=Path, help="use this profile folder (default: a fresh empty one)")
    headless.add_argument("--record", type=Path, help="record the input frames to this file")
    headless.add_argument("--replay", type=Path, help="play the input frames of this recording")
    headless.add_argument("--render", action="store_true", help="render every frame (into the dummy display)")
    headless.add_argument("--screenshots", type=Path, help="write PNG screenshots into this folder")
    headless.add_argument("--every", type=int, default=60, help="ticks between screenshots")
    headless.add_argument("--json", action="store_true", help="print the summary as one JSON line at the end")

    check = sub.add_parser("check", help="validate maps and story files")
    _common(check)
    check.add_argument("paths", nargs="*", type=Path, help="files or folders (default: levels/)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse, run, and turn every expected failure into one line and exit code 2."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    # Window managers (and test tools) find the window by this class, not the interpreter's name. pygame
    # reads it when first imported, so it is set before anything imports pygame.
    os.environ.setdefault("SDL_VIDEO_X11_WMCLASS", "refuge")
    # SIGTERM/SIGINT end a run cleanly (exit 128 + n): handled in Python, not turned into SDL quit events.
    os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")
    stop.install()
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    try:
        args = build_parser().parse_args(args_list or ["play"])
        if args.command is None:
            args = build_parser().parse_args(["play", *args_list])
        return _dispatch(args)
    except stop.StoppedError as exc:
        print(exc, file=sys.stderr)
        return 128 + exc.signum
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`refuge check | head`): stop quietly, as command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:
        message = _user_message(exc)
        if message is None or debug:
            traceback.print_exc()
            if message is None:
                return EXIT_BAD_INPUT if not debug else 3
        print(message, file=sys.stderr)
        return EXIT_BAD_INPUT


def _raised(exc: Exception, module: str, name: str) -> bool:
    """Whether ``exc`` is ``module.name``, importing nothing: an exception's class is loaded already, and under
    memory pressure an import on the error path could fail and turn one line into a traceback."""
    loaded = sys.modules.get(module)
    cls = getattr(loaded, name, None) if loaded is not None else None
    return isinstance(cls, type) and isinstance(exc, cls)


def _user_message(exc: Exception) -> str | None:
    """The one line to show for an expected failure, or ``None`` for a bug."""
    if isinstance(exc, UsageError):
        return str(exc)
    for module, name in _EXPECTED:
        if _raised(exc, module, name):
            return str(exc)
    if isinstance(exc, MemoryError):
        return (
            "refuge: out of memory (a file or value larger than the machine can take; see README.md, Limits)"
        )
    if isinstance(exc, OSError) and exc.filename is not None:
        # The file system said no (a folder that cannot be made, a file that cannot be written).
        return f"refuge: {exc.filename}: {exc.strerror or exc}"
    return None


def _dispatch(args: argparse.Namespace) -> int:
    match args.command:
        case "play":
            return _play(args)
        case "headless":
            return _headless(args)
        case "check":
            return _check(args)
    raise UsageError(f"refuge: unknown command {args.command!r}")


def _options(args: argparse.Namespace, headless: bool, seed: int) -> RunOptions:
    from game.context import RunOptions

    if args.lang is not None and args.lang not in LANGUAGES:
        raise UsageError(f"refuge: unknown language {args.lang!r} (known: {', '.join(LANGUAGES)})")
    map_path: Path | None = args.map
    if map_path is not None and not map_path.is_file():
        raise UsageError(f"{map_path}: no such map file")
    if args.scene is not None:
        from game.content.catalog import find_map
        from game.context import LEVELS_DIR

        if find_map(args.scene, LEVELS_DIR) is None:
            from game.content.catalog import known_scenes

            known = ", ".join(sorted(known_scenes(LEVELS_DIR)))
            raise UsageError(f"refuge: no map plays the scene {args.scene!r} (known: {known})")
    return RunOptions(
        seed=seed,
        headless=headless,
        scene=args.scene,
        map_path=map_path.resolve() if map_path else None,
        lang=args.lang,
        stop_on_exit=headless and (args.scene is not None or map_path is not None),
        watch=bool(getattr(args, "watch", False)),
        renders=not headless or bool(getattr(args, "render", False)),
        debug=args.debug,
    )


def _play(args: argparse.Namespace) -> int:
    from game.app import run_windowed
    from game.profile import Profile

    if args.scale < 0:
        raise UsageError("refuge play: --scale must be a whole number of 1 or more")
    if args.scale > SCALE.value:
        raise UsageError(
            f"refuge play: --scale {args.scale} is too large: at most {SCALE.value} (and never more than the "
            "screen holds); leave it out to fit the desktop"
        )
    options = _options(args, headless=False, seed=args.seed if args.seed is not None else _random_seed())
    if not _display_available():
        raise UsageError(
            "refuge play: no display is available (DISPLAY and WAYLAND_DISPLAY are unset); "
            "to run without a window use `refuge headless`"
        )
    import pygame

    try:
        # The run's messages go to stderr as they come (RunLog.note), not after the window closes.
        run_windowed(options, Profile.user(), args.scale, args.fullscreen)
    except pygame.error as exc:
        raise UsageError(
            f"refuge play: cannot open a window ({exc}); to run without one use `refuge headless`"
        ) from exc
    return EXIT_OK


def _display_available() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("SDL_VIDEODRIVER") not in (None, "", "x11", "wayland"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _random_seed() -> int:
    return int.from_bytes(os.urandom(4), "little")


def _headless(args: argparse.Namespace) -> int:
    from game.app import HeadlessOptions, run_headless
    from game.input.replay import Replay, check_start

    if args.ticks is not None and args.ticks < 1:
        raise UsageError("refuge headless: --ticks must be 1 or more")
    if args.every < 1:
        raise UsageError("refuge headless: --every must be 1 or more")
    if args.bot and args.replay:
        raise UsageError("refuge headless: --bot and --replay cannot be used together")
    if args.curious and not args.bot:
        raise UsageError("refuge headless: --curious is a way for the bot to play; add --bot")
    _check_output_paths(args)
    replay = Replay.load(args.replay) if args.replay else None
    if replay is not None and args.scene is None and args.map is None:
        # A replay plays where it was recorded unless told otherwise (and then it must be the same place).
        args.scene = replay.header.start.get("scene") or None
        recorded_map = replay.header.start.get("map")
        args.map = Path(recorded_map) if recorded_map and not args.scene else None
    seed = args.seed if args.seed is not None else (replay.header.seed if replay else 0)
    options = _options(args, headless=True, seed=seed)
    fingerprint = _start_fingerprint(options)
    if replay is not None:
        check_start(replay.header, args.replay, options.scene, options.map_path, fingerprint)
    hopts = HeadlessOptions(
        render=args.render,
        screenshots=args.screenshots,
        every=args.every,
        replay=replay,
        record=args.record,
        profile_dir=args.profile,
        fingerprint=fingerprint,
    )
    if args.ticks is not None:
        hopts.ticks = args.ticks
    if args.bot:
        from game.bot import Bot

        curious = args.curious
        hopts.source = lambda _ctx, stack: Bot(stack, seed, curious=curious)
    result = run_headless(options, hopts)  # its messages went to stderr as they came (RunLog.note)
    if args.json:
        print(json.dumps(result.to_json()))
    else:
        print(
            f"{result.outcome}: {result.ticks} ticks, scenes {result.scenes}, state {result.state_hash[:16]}"
        )
    if args.bot and result.outcome == "error":
        print(f"refuge headless: the bot could not finish: {result.error}", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.bot and result.outcome == "ticks" and args.ticks is None:
        print(
            f"refuge headless: the bot did not finish within {result.ticks // 3600} minutes of game time",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    return EXIT_OK


def _start_fingerprint(options: RunOptions) -> str | None:
    """The fingerprint of the map a run starts on (``None`` from the title)."""
    from game.content.catalog import find_map
    from game.input.replay import map_fingerprint

    start = options.map_path
    if start is None and options.scene is not None:
        start = find_map(options.scene, options.levels_dir)
    return map_fingerprint(start) if start is not None else None


def _shown(path: Path) -> Path:
    """A path relative to the working folder when it lies inside it (diagnostics read better that way)."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def _check_output_paths(args: argparse.Namespace) -> None:
    """Where a headless run will write must be a place it can write: said now, not as a crash later."""
    record: Path | None = args.record
    if record is not None:
        if record.is_dir():
            raise UsageError(f"refuge headless: --record {record}: that is a folder; name a file to write")
        if not record.parent.is_dir():
            raise UsageError(f"refuge headless: --record {record}: the folder {record.parent} does not exist")
    for flag, folder in (("--screenshots", args.screenshots), ("--profile", args.profile)):
        if folder is not None and folder.exists() and not folder.is_dir():
            raise UsageError(f"refuge headless: {flag} {folder}: that is a file; name a folder")


def _check(args: argparse.Namespace) -> int:
    from game.content.check import check_files
    from game.context import LEVELS_DIR

    paths: list[Path] = args.paths or [_shown(LEVELS_DIR)]
    for path in paths:
        if not path.exists():
            raise UsageError(f"refuge check: {path}: no such file or folder")
    result = check_files(paths)
    for diagnostic in result.diagnostics:
        print(diagnostic)
    if result.errors:
        print(result.summary(), file=sys.stderr)
        return EXIT_PROBLEMS
    print(result.summary())
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
