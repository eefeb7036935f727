"""One gate (issue 13): each designer's mistake in ``tests/fixtures/maps/gate/`` (written by
``python -m tools.gen_map_fixtures``) is one diagnostic with file:line:col from ``check`` (exit 1), the same
refusal from ``headless`` and ``play`` (exit 2, no traceback), and no crash in a ``--watch`` session that saves it.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import time
from pathlib import Path

import pytest

from game.app import build_context
from game.cli import main as cli_main
from game.content.check import check_files
from game.content.diagnostics import ContentError, Severity
from game.content.gate import inspect_map, load_checked, map_files
from game.context import RunOptions
from game.i18n import Translator
from game.input.frame import InputFrame
from game.profile import Profile
from game.render.hud import Hud
from game.scene import SceneStack
from game.scenes.play import WATCH_EVERY, PlayScene
from game.settings import Settings
from game.sim.session import Session

ROOT = Path(__file__).resolve().parent.parent
MAPS = ROOT / "tests" / "fixtures" / "maps"
GATE = MAPS / "gate"
DIAGNOSTIC = re.compile(r"^\S.*:\d+:\d+: (error|warning) [MS]\d{3}: .+$")

GATE_CASES = {
    # map: (the file the one diagnostic is in, line, column, code, words it must say)
    "patrol_rect.tmx": ("patrol_rect.tmx", 40, 3, "M017", "a rect cannot be a Patrol"),
    "patrol_one_point.tmx": ("patrol_one_point.tmx", 40, 3, "M017", "at least two points"),
    "requires_unknown.tmx": ("requires_unknown.tmx", 34, 3, "M033", "did you mean 'went_first'"),
    "requires_syntax.tmx": ("requires_syntax.tmx", 34, 3, "M033", "never closed"),
    "huge_trigger.tmx": ("huge_trigger.tmx", 43, 3, "M022", "lies outside the map"),
    "tile_size.tmx": ("tile_size.tmx", 8, 2, "M007", "16x16 px tiles but the map's are 32x32"),
    "enum_typo.tmx": ("enum_typo.tmx", 24, 5, "M013", "did you mean 'player'"),
    "classes_dropped.tmx": ("classes_dropped.tmx", 2, 1, "M024", "the classes were dropped"),
    "scene_typo.tmx": ("scene_typo.tmx", 34, 3, "M014", "did you mean 'forest'"),
    "story_scene.tmx": ("story_scene.yaml", 1, 8, "S023", "did you mean 'scene: gate_story_scene'"),
    "story_indent.tmx": ("story_indent.yaml", 12, 6, "S001", "the indentation is probably off"),
    "story_date.tmx": ("story_date.yaml", 10, 13, "S001", "month must be in 1..12"),
    "story_bigint.tmx": ("story_bigint.yaml", 6, 8, "S001", "(5000 characters)"),
    "story_deep.tmx": ("story_deep.yaml", 6, 54, "S001", "nested more than 48 levels"),
    "case_story.tmx": ("case_story.tmx", 2, 1, "M015", "there is 'case_story.yaml'"),
    "case_tileset.tmx": ("case_tileset.tmx", 8, 2, "M004", "there is '../tiny.tsx'"),
}


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(argv)
    return code, out.getvalue(), err.getvalue()


def test_the_good_map_passes_check_and_plays() -> None:
    seen = inspect_map(GATE / "good.tmx")
    assert seen.diagnostics == []
    checked = load_checked(GATE / "good.tmx")
    assert checked.story is not None and checked.level.scene == "gate_good"
    code, out, err = run(["check", str(GATE / "good.tmx")])
    assert (code, out.strip(), err) == (0, "checked 1 map, 1 story: no problems", "")
    code, out, err = run(["headless", "--map", str(GATE / "good.tmx"), "--ticks", "5"])
    assert code == 0, err


@pytest.mark.parametrize("name", sorted(GATE_CASES))
def test_each_mistake_is_one_diagnostic_from_check_and_the_same_refusal_from_the_game(name: str) -> None:
    where, line, col, code, words = GATE_CASES[name]
    path = GATE / name
    diagnostics = check_files([path]).diagnostics
    errors = [d for d in diagnostics if d.severity is Severity.ERROR]
    assert [str(d) for d in diagnostics] == [str(d) for d in errors], "no warnings beside the one error"
    assert len(errors) == 1, "\n".join(map(str, diagnostics))
    (only,) = errors
    assert (Path(only.path).name, only.line, only.col, only.code) == (where, line, col, code), str(only)
    assert words in only.message
    exit_check, out, _err = run(["check", str(path)])
    assert exit_check == 1 and out.strip() == str(only)
    for command in (
        ["headless", "--map", str(path), "--ticks", "5"],
        ["headless", "--bot", "--map", str(path)],
    ):
        exit_game, out, err = run(command)
        assert exit_game == 2, out + err
        assert "Traceback" not in err
        assert err.strip() == str(only), "the game refuses with check's own line"
    with pytest.raises(ContentError) as refused:
        load_checked(path)
    assert [str(d) for d in refused.value.diagnostics] == [str(only)]


def test_play_refuses_a_broken_map_with_exit_2_and_no_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    # `play` opens a window only after the map passed the gate: the dummy driver stands in for the display.
    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    code, _out, err = run(["play", "--map", str(GATE / "patrol_one_point.tmx"), "--scale", "1"])
    assert code == 2 and "Traceback" not in err
    assert "patrol_one_point.tmx:40:3: error M017" in err


def test_maps_sharing_a_scene_in_a_folder_name_each_other() -> None:
    result = check_files([GATE / "dup"])
    lines = [str(d) for d in result.diagnostics]
    assert [d.code for d in result.diagnostics] == ["M026", "M026"], lines
    assert "ridge_a.tmx:2:1" in lines[0] and "also the scene of ridge_b.tmx" in lines[0]
    assert "ridge_b.tmx:2:1" in lines[1] and "also the scene of ridge_a.tmx" in lines[1]
    code, _out, err = run(["headless", "--map", str(GATE / "dup" / "ridge_b.tmx"), "--ticks", "5"])
    assert code == 2 and "M026" in err and "Traceback" not in err


def test_files_check_does_not_read_are_named_with_the_reason_and_the_fix(tmp_path: Path) -> None:
    code, out, err = run(["check", str(GATE / "json")])
    assert code == 1
    assert out.strip() == (
        f"{GATE / 'json' / 'level.json'}:0:0: error M008: JSON maps are not supported: save as TMX"
        " (in Tiled: File > Save As..., Tiled map files (*.tmx))"
    )
    assert err.strip() == "checked 0 maps, 0 stories: 1 problem"
    notes = tmp_path / "passwd"
    notes.write_text("root:x:0:0:root:/root:/bin/bash\n")
    code, out, _err = run(["check", str(notes), "README.md"])
    assert code == 1
    why = "error M008: not a map or story file: check reads Tiled maps (.tmx) and story files (.yaml, .yml)"
    assert sorted(out.splitlines()) == sorted([f"README.md:0:0: {why}", f"{notes}:0:0: {why}"])


def test_a_clean_run_says_so_in_one_line() -> None:
    code, out, err = run(["check"])
    assert (code, out, err) == (0, "checked 4 maps, 4 stories: no problems\n", "")


def test_an_object_with_refuge_properties_and_no_class_gets_a_hint() -> None:
    result = check_files([GATE / "class_lost.tmx"])
    assert not result.errors
    assert [(d.code, d.line) for d in result.diagnostics] == [("M025", 43)]
    assert "set its Class to Trigger" in result.diagnostics[0].message
    assert result.summary() == "checked 1 map, 1 story: no problems (1 warning)"


@pytest.mark.parametrize("cls", ["Trigger", "HideSpot", "Checkpoint", "Exit", "Wall", "Light", "Item"])
@pytest.mark.parametrize(("w", "h", "x"), [(1e6, 16, 16), (16, 1e6, 16), (1e6, 1e6, 16), (1e12, 1e12, -5e11)])
def test_check_is_quick_on_any_object_size(tmp_path: Path, cls: str, w: float, h: float, x: float) -> None:
    props = {
        "Trigger": '<property name="node" value="corner"/>',
        "Exit": '<property name="to" value="forest"/>',
        "Item": '<property name="item" value="tape"/>',
    }.get(cls, "")
    text = (GATE / "good.tmx").read_text()
    big = f'  <object id="9" name="big" type="{cls}" x="{x}" y="16" width="{w}" height="{h}">'
    big += f"<properties>{props}</properties></object>\n </objectgroup>"
    (tmp_path / "gate").mkdir()
    for name in ("tiny.tsx", "tiny.png"):
        shutil.copy(MAPS / name, tmp_path / name)
    shutil.copy(GATE / "good.yaml", tmp_path / "gate" / "good.yaml")
    path = tmp_path / "gate" / "good.tmx"
    path.write_text(text.replace(" </objectgroup>", big))
    start = time.perf_counter()
    result = check_files([path])
    took = time.perf_counter() - start
    assert took < 2.0, f"{cls} {w}x{h}: {took:.2f} s"
    assert "M022" in [d.code for d in result.errors]


# -- --watch ------------------------------------------------------------------------------------------------


def watch_copy(tmp: Path) -> Path:
    """good.tmx and its story in a folder of their own (with the tileset one folder up, as in the fixtures)."""
    folder = tmp / "gate"
    folder.mkdir()
    for name in ("tiny.tsx", "tiny.png"):
        shutil.copy(MAPS / name, tmp / name)
    for name in ("good.tmx", "good.yaml"):
        shutil.copy(GATE / name, folder / name)
    return folder / "good.tmx"


def saved(path: Path, text: str | bytes) -> None:
    """Write as an editor saves: new contents, a later modification time."""
    before = path.stat().st_mtime if path.exists() else time.time()
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    os.utime(path, (before + 5, before + 5))


def start_watching(tmp: Path, path: Path) -> tuple[PlayScene, SceneStack, Profile]:
    profile = Profile.at(tmp / "profile")
    ctx = build_context(RunOptions(seed=1, headless=True, watch=True, map_path=path), profile, Settings())
    play = PlayScene(ctx, Session.new(1), map_path=path)
    stack = SceneStack()
    stack.push(play)
    for _ in range(3):
        stack.update(InputFrame())
    return play, stack, profile


@pytest.mark.parametrize("name", sorted(GATE_CASES))
def test_saving_each_mistake_under_watch_keeps_the_last_good_map_and_shows_why_at_once(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = watch_copy(tmp_path)
    play, stack, _profile = start_watching(tmp_path, path)
    good_sim, good_level = play.sim, play.level
    stem = name.removesuffix(".tmx")
    for extra in (f"{stem}.yaml", "case_story.yaml"):
        if (GATE / extra).exists():
            shutil.copy(GATE / extra, path.parent / extra)
    saved(path, (GATE / name).read_text().replace(f"gate_{stem}", "gate_good"))
    capsys.readouterr()
    for _ in range(WATCH_EVERY):
        stack.update(InputFrame())
    assert play.sim is good_sim and play.level is good_level, "the last good map plays on"
    code = GATE_CASES[name][3]
    shown = play.notice.lines
    assert play.notice.error and shown[0].startswith("refuge --watch: good.tmx changed; not reloaded")
    assert len(shown) == 2 and f"error {code}:" in shown[1], shown
    assert capsys.readouterr().err.splitlines() == shown, "the terminal hears it at once"
    for _ in range(WATCH_EVERY * 2):
        stack.update(InputFrame())  # the game plays on; the box stays until a save fixes it
    assert play.notice.lines == shown
    saved(path, (GATE / "good.tmx").read_text())
    for _ in range(WATCH_EVERY):
        stack.update(InputFrame())
    assert play.sim is not good_sim and not play.notice.error
    assert play.notice.lines == ["refuge --watch: good.tmx changed; reloaded, the pair kept where they stand"]


def test_watch_follows_the_story_tilesets_and_templates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = watch_copy(tmp_path)
    (path.parent / "templates").mkdir()
    shutil.copy(MAPS / "templates" / "heap.tx", path.parent / "templates" / "heap.tx")
    text = (
        (GATE / "good.tmx")
        .read_text()
        .replace(
            " </objectgroup>",
            '  <object id="9" template="templates/heap.tx" name="hide_heap" x="48" y="80"/>\n </objectgroup>',
        )
    )
    saved(path, text)
    play, stack, _profile = start_watching(tmp_path, path)
    followed = {p.relative_to(tmp_path).as_posix() for p in map_files(path, path.parent / "good.yaml")}
    assert {"gate/good.tmx", "gate/good.yaml", "tiny.tsx", "tiny.png", "gate/templates/heap.tx"} <= followed
    for changed in ("gate/good.yaml", "tiny.tsx", "tiny.png", "gate/templates/heap.tx"):
        before = play.sim
        saved(tmp_path / changed, (tmp_path / changed).read_bytes())
        capsys.readouterr()
        for _ in range(WATCH_EVERY):
            stack.update(InputFrame())
        assert play.sim is not before, f"{changed} was not followed"
        said = f"refuge --watch: {os.path.relpath(tmp_path / changed, path.parent)} changed; reloaded"
        assert capsys.readouterr().err.startswith(said), changed
    # A story edit with an error: refused, the last good story plays on.
    before = play.sim
    story = path.parent / "good.yaml"
    saved(story, story.read_text().replace("target: trig_corner", "target: trig_cornr"))
    for _ in range(WATCH_EVERY):
        stack.update(InputFrame())
    assert play.sim is before and play.notice.error
    assert any("trig_cornr" in line for line in play.notice.lines)


def test_watch_looks_four_times_a_second() -> None:
    assert WATCH_EVERY <= 15


# -- objectives fill their variables ------------------------------------------------------------------------


def test_an_objective_fills_its_variables_in_both_languages(tmp_path: Path) -> None:
    path = GATE / "good.tmx"
    profile = Profile.at(tmp_path / "profile")
    ctx = build_context(RunOptions(seed=1, headless=True, map_path=path), profile, Settings())
    play = PlayScene(ctx, Session.new(1), map_path=path)
    assert play.sim.runner is not None
    play.sim.objective = ("gate_good.start.obj", "trig_corner")
    hud = Hud(ctx)
    assert hud._objective_text(play.player_view) == "Reach the far corner (Dal first)"
    (tmp_path / "i18n").mkdir()
    (tmp_path / "i18n" / "ko.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgctxt "gate_good.start.obj"\nmsgid "Reach the far corner ({went_first} first)"\n'
        'msgstr "먼 모퉁이로 ({went_first} 먼저)"\n',
        encoding="utf-8",
    )
    ctx.i18n = Translator("ko", tmp_path / "i18n")
    assert hud._objective_text(play.player_view) == "먼 모퉁이로 (Dal 먼저)"


def test_a_save_with_only_warnings_reloads_and_says_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = watch_copy(tmp_path)
    play, stack, _profile = start_watching(tmp_path, path)
    before = play.sim
    saved(
        path,
        (GATE / "class_lost.tmx")
        .read_text()
        .replace("gate_class_lost", "gate_good")
        .replace("class_lost.yaml", "good.yaml"),
    )
    capsys.readouterr()
    for _ in range(WATCH_EVERY):
        stack.update(InputFrame())
    assert play.sim is not before and not play.notice.error
    assert len(play.notice.lines) == 2 and "warning M025" in play.notice.lines[1]
    assert capsys.readouterr().err.splitlines() == play.notice.lines
