"""Fuzz the command line: random combinations of real and broken flags and values. Every run ends with exit
0, 1 (the bot or ``check`` found problems) or 2 (one clear message), never a traceback (unless ``--debug``
asked for one), never a hang (runs are capped at a few ticks)."""

from __future__ import annotations

import contextlib
import io
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from game.cli import main as cli_main
from tests.helpers import ROOT

EXAMPLES = int(os.environ.get("CLI_FUZZ_EXAMPLES", "60"))
DIAGNOSTIC = re.compile(r"^\S.*:\d+:\d+: (error|warning) [MS]\d{3}: ")
GOLDEN = ROOT / "tests/golden/walk_forest.replay"


def values(tmp: Path) -> dict[str, st.SearchStrategy[str]]:
    """For each flag, values that are right, wrong, or wrong in interesting ways."""
    junk_file = tmp / "junk.bin"
    junk_file.write_bytes(b"\x00\xffnot a replay\n")
    return {
        "--scene": st.sampled_from(
            ["forest", "mall", "fantasy", "confrontation", "nowhere", "", "../forest"]
        ),
        "--map": st.sampled_from(
            [
                str(ROOT / "levels/forest.tmx"),
                str(ROOT / "tests/fixtures/maps/designer/garden.tmx"),
                str(ROOT / "README.md"),
                str(tmp),
                str(tmp / "missing.tmx"),
                str(ROOT / "tests/fixtures/maps/bad_xml.tmx"),
            ]
        ),
        "--seed": st.sampled_from(["0", "7", "-1", str(2**70), "abc", "1.5", ""]),
        "--ticks": st.sampled_from(["1", "12", "0", "-3", "abc", str(10**12)]),
        "--replay": st.sampled_from([str(GOLDEN), str(junk_file), str(tmp / "none.replay"), str(tmp)]),
        "--record": st.sampled_from([str(tmp / "out.replay"), str(tmp), "/proc/refuge/x.replay"]),
        "--screenshots": st.sampled_from([str(tmp / "shots"), str(junk_file), "/proc/refuge-shots"]),
        "--every": st.sampled_from(["1", "5", "0", "-2", "x"]),
        "--lang": st.sampled_from(["en", "ko", "xx", ""]),
        "--profile": st.sampled_from([str(tmp / "profile"), str(junk_file), "/proc/refuge-profile"]),
        "--scale": st.sampled_from(["2", "0", "-1", "x"]),
    }


SWITCHES = [
    "--bot",
    "--render",
    "--json",
    "--debug",
    "--fullscreen",
    "--watch",
    "--nope",
    "-x",
    "check",
    "help",
]
COMMANDS = [[], ["play"], ["headless"], ["headless"], ["headless"], ["check"], ["bogus"]]


@contextlib.contextmanager
def no_display() -> Iterator[None]:
    """As on a server: ``play`` must say there is no display rather than open a window."""
    saved = {k: os.environ.get(k) for k in ("SDL_VIDEODRIVER", "DISPLAY", "WAYLAND_DISPLAY")}
    os.environ["SDL_VIDEODRIVER"] = "x11"
    os.environ.pop("DISPLAY", None)
    os.environ.pop("WAYLAND_DISPLAY", None)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with no_display(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli_main(argv)
        except SystemExit as exc:  # --help: argparse prints and exits 0
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_random_flag_combinations_end_cleanly(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        pool = values(tmp)
        argv = list(data.draw(st.sampled_from(COMMANDS), label="command"))
        for _ in range(data.draw(st.integers(0, 5), label="flags")):
            if data.draw(st.booleans(), label="switch?"):
                argv.append(data.draw(st.sampled_from(SWITCHES), label="switch"))
            else:
                flag = data.draw(st.sampled_from(sorted(pool)), label="flag")
                argv += [flag, data.draw(pool[flag], label=flag)]
        if argv[:1] == ["headless"] and "--help" not in argv:
            argv += ["--ticks", "20"]  # the last --ticks wins: every run is short, however the others read
        code, _out, err = run(argv)
    event(f"exit {code}")
    debug = "--debug" in argv
    assert debug or "Traceback" not in err, f"{argv}: {err}"
    assert code in (0, 1, 2) or (debug and code == 3), f"{argv}: exit {code}: {err}"
    if code == 1:
        assert "check" in argv or "the bot could not finish" in err, f"{argv}: {err}"
    if code == 2 and not debug:
        lines = [line for line in err.strip().splitlines() if line.strip()]
        assert lines, f"{argv}: exit 2 without a word"
        others = [line for line in lines if not DIAGNOSTIC.match(line)]
        assert len(others) <= 1, f"{argv}: more than one message: {err}"
