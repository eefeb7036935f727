"""Profiles that cannot brick the game, and disk faults that cannot stop play.

A settings or save file that cannot be read (nested 200,000 deep, not JSON) or fails validation (bond 1e308,
caught -1e9, ticks -1, items that are not names, a story value past its budget, wrong types) is set aside with
a timestamped name and a notice the title shows in the player's language; the game never writes NaN or
Infinity; temporary files a killed write left are removed at start; a full or read-only disk keeps play going
with "progress is not being saved" on the HUD and the pause menu; New game asks before replacing a save.
"""

from __future__ import annotations

import errno
import json
import math
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.app import HeadlessOptions, build_context, run_headless
from game.context import Context, RunOptions
from game.input.frame import Action, InputFrame
from game.jsonfile import write_atomic
from game.profile import Profile
from game.save import SaveGame, read_save, write_save
from game.scene import Reset
from game.scenes.pause import PauseScene
from game.scenes.play import PlayScene
from game.scenes.title import TitleScene
from game.settings import Settings, load_settings
from game.sim.session import Session
from tests.helpers import game_env, last_json, run_game, run_game_after

ROOT = Path(__file__).parent.parent
DEEP = "[" * 200_000 + "]" * 200_000
ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0


def real_save(tmp: Path) -> dict[str, Any]:
    """The save a short run of the forest leaves."""
    profile = tmp / "made"
    run_headless(
        RunOptions(seed=3, headless=True, scene="forest", stop_on_exit=True),
        HeadlessOptions(ticks=30, profile_dir=profile),
    )
    data = json.loads(Profile.at(profile).save_path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def good_save(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return real_save(tmp_path_factory.mktemp("save"))


def context(root: Path, lang: str = "en") -> Context:
    profile = Profile.at(root)
    settings, messages = load_settings(profile.settings_path)
    ctx = build_context(RunOptions(seed=1, headless=True, lang=lang), profile, settings)
    ctx.log.echo = False
    for message in messages:
        ctx.log.note(message)
    return ctx


def press(action: Action) -> InputFrame:
    return InputFrame(held=action, pressed=action)


def aside(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(name + ".corrupt-*"))


# -- files that cannot be read -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_settings_file_nested_200000_deep_is_set_aside_and_the_title_says_so(
    tmp_path: Path, lang: str
) -> None:
    profile = Profile.at(tmp_path)
    profile.config.mkdir(parents=True)
    profile.settings_path.write_text('{"a":' * 200_000 + "1" + "}" * 200_000, encoding="utf-8")
    raw = profile.settings_path.read_bytes()
    started = time.perf_counter()
    ctx = context(tmp_path, lang)
    title = TitleScene(ctx)
    assert time.perf_counter() - started < 2.0
    assert ctx.settings == Settings()
    (moved,) = aside(profile.config, "settings.json")
    assert moved.read_bytes() == raw
    shown = title.notice_lines()
    assert len(shown) == 1 and moved.name in shown[0]
    assert ("set aside" in shown[0]) if lang == "en" else ("설정 파일" in shown[0])


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_save_nested_200000_deep_is_set_aside_and_the_title_says_so(tmp_path: Path, lang: str) -> None:
    profile = Profile.at(tmp_path)
    profile.data.mkdir(parents=True)
    profile.save_path.write_text(DEEP, encoding="utf-8")
    title = TitleScene(context(tmp_path, lang))
    assert [item.id for item in title.menu.items] == ["new", "settings", "quit"], "no Continue"
    (moved,) = aside(profile.data, "save.json")
    assert moved.read_text(encoding="utf-8") == DEEP
    (shown,) = title.notice_lines()
    assert moved.name in shown and (("save" in shown) if lang == "en" else ("저장 파일" in shown))


def test_a_deep_save_at_every_launch_costs_nothing_and_says_so_at_once(tmp_path: Path) -> None:
    """The whole game from the title, as a subprocess: no traceback, the message on stderr, exit 0."""
    profile = tmp_path / "p"
    (profile / "data").mkdir(parents=True)
    (profile / "config").mkdir(parents=True)
    (profile / "data" / "save.json").write_text(DEEP, encoding="utf-8")
    (profile / "config" / "settings.json").write_text(DEEP, encoding="utf-8")
    done = run_game(["headless", "--ticks", "30", "--json", "--profile", str(profile)], tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "RecursionError" not in done.stderr
    assert "settings file" in done.stderr and "save file" in done.stderr
    assert last_json(done.stdout)["outcome"] == "ticks"
    assert aside(profile / "data", "save.json") and aside(profile / "config", "settings.json")


# -- values that do not make sense -------------------------------------------------------------------------


def _set(data: dict[str, Any], path: tuple[str, ...], value: object) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


NONSENSE: dict[str, tuple[tuple[str, ...], object]] = {
    "bond 1e308": (("session", "bond"), 1e308),
    "bond -0.5": (("session", "bond"), -0.5),
    "bond as text": (("session", "bond"), "0.5"),
    "caught -1e9": (("session", "caught"), -1e9),
    "caught -1000000000": (("session", "caught"), -1_000_000_000),
    "ticks -1": (("session", "ticks"), -1),
    "ticks true": (("session", "ticks"), True),
    "an item that is a number": (("session", "inventory"), [5]),
    "an item twice": (("session", "inventory"), ["camcorder", "camcorder"]),
    "an item that is no name": (("session", "inventory"), ["a\nb"]),
    "a story value past its budget": (("session", "globals", "values", "huge"), 10**30),
    "a story text past its budget": (("session", "globals", "values", "long"), "x" * 20_000),
    "an unknown difficulty": (("session", "sim_settings", "difficulty"), "godlike"),
    "an unknown sim setting": (("session", "sim_settings", "fly"), True),
    "a version that is true": (("version",), True),
    "a huge number that reads as infinity": (("session", "bond"), "HUGE"),
}


@pytest.mark.parametrize("case", sorted(NONSENSE))
def test_a_save_with_nonsense_values_is_set_aside_with_a_notice(
    tmp_path: Path, good_save: dict[str, Any], case: str
) -> None:
    data = json.loads(json.dumps(good_save))
    path, value = NONSENSE[case]
    _set(data, path, value)
    text = json.dumps(data)
    if value == "HUGE":
        text = text.replace('"HUGE"', "1e400")  # json reads it as inf
    profile = Profile.at(tmp_path)
    profile.data.mkdir(parents=True)
    profile.save_path.write_text(text, encoding="utf-8")
    save, notice = read_save(profile.save_path)
    assert save is None and notice is not None
    (moved,) = aside(profile.data, "save.json")
    assert moved.read_text(encoding="utf-8") == text, "the bad save is kept as it was"
    profile.save_path.write_text(text, encoding="utf-8")
    moved.unlink()
    title = TitleScene(context(tmp_path))
    assert "continue" not in [item.id for item in title.menu.items]
    (shown,) = title.notice_lines()
    assert "set aside" in shown and aside(profile.data, "save.json")[0].name in shown


def test_the_real_save_itself_is_accepted(tmp_path: Path, good_save: dict[str, Any]) -> None:
    """The control for the cases above: the unmangled save reads and the title offers Continue."""
    profile = Profile.at(tmp_path)
    profile.data.mkdir(parents=True)
    profile.save_path.write_text(json.dumps(good_save), encoding="utf-8")
    title = TitleScene(context(tmp_path))
    assert title.menu.items[0].id == "continue" and not title.notice_lines()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_settings_with_bad_values_are_left_alone_and_the_title_says_defaults_are_used(
    tmp_path: Path, lang: str
) -> None:
    profile = Profile.at(tmp_path)
    profile.config.mkdir(parents=True)
    raw = json.dumps({"version": 1, "master_volume": 1e308, "scale": -1, "language": 7, "bogus": []})
    profile.settings_path.write_text(raw, encoding="utf-8")
    ctx = context(tmp_path, lang)
    assert ctx.settings.master_volume == Settings().master_volume and ctx.settings.scale == 0
    assert profile.settings_path.read_text(encoding="utf-8") == raw, "unchanged"
    (shown,) = TitleScene(ctx).notice_lines()
    assert ("defaults" in shown) if lang == "en" else ("기본값" in shown)


def test_a_notice_is_shown_once_then_the_next_title_is_clean(tmp_path: Path) -> None:
    profile = Profile.at(tmp_path)
    profile.data.mkdir(parents=True)
    profile.save_path.write_text("{", encoding="utf-8")
    ctx = context(tmp_path)
    assert len(TitleScene(ctx).notice_lines()) == 1
    assert TitleScene(ctx).notice_lines() == []


def test_messages_reach_stderr_as_they_come(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ctx = context(tmp_path)
    ctx.log.echo = True
    ctx.log.note("something to say")
    assert "something to say" in capsys.readouterr().err


# -- never NaN or Infinity ---------------------------------------------------------------------------------


def test_a_save_with_a_non_finite_number_is_refused_before_the_disk_is_touched(
    tmp_path: Path, good_save: dict[str, Any]
) -> None:
    path = tmp_path / "save.json"
    path.write_text(json.dumps(good_save), encoding="utf-8")
    before = path.read_bytes()
    for bad in (math.inf, -math.inf, math.nan):
        session = dict(good_save["session"], bond=bad)
        with pytest.raises(ValueError):
            write_save(path, SaveGame(session=session, scene="forest"))
        with pytest.raises(ValueError):
            write_atomic(path, {"version": 1, "x": [1.0, bad]})
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["save.json"]


FINITE_OR_NOT = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True), st.integers(-(2**80), 2**80), st.text(max_size=4)
)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(bond=st.floats(allow_nan=True, allow_infinity=True), value=FINITE_OR_NOT)
def test_whatever_a_session_holds_a_save_is_written_and_read_back_or_refused(
    bond: float, value: object
) -> None:
    """The round-trip property: write_save either writes a file read_save accepts, with no NaN/Infinity in its
    text, or refuses with ValueError and leaves the old save as it was."""
    session = Session.new(7)
    session.bond = bond
    session.story_globals.values["v"] = value  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "save.json"
        path.write_text("old", encoding="utf-8")
        try:
            write_save(path, SaveGame(session=session.to_save(), scene="forest"))
        except ValueError:
            assert path.read_text(encoding="utf-8") == "old"
            assert not (math.isfinite(bond) and 0 <= bond <= 1 and not _past_budget(value))
        else:
            text = path.read_text(encoding="utf-8")
            assert "Infinity" not in text and "NaN" not in text
            save, notice = read_save(path)
            assert save is not None, notice
        assert sorted(os.listdir(tmp)) == ["save.json"]


def _past_budget(value: object) -> bool:
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, int):
        return abs(value) >= 10**18
    return False


# -- temporary files left by a kill ------------------------------------------------------------------------


def test_orphan_temporary_files_are_removed_at_start(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    (profile / "data").mkdir(parents=True)
    (profile / "config").mkdir(parents=True)
    orphans = [
        profile / "data" / "save.json.k2j3h4.tmp",
        profile / "config" / "settings.json.zz81x.tmp",
    ]
    kept = [profile / "data" / "notes.tmp", profile / "data" / "save.json.corrupt-20260101-000000"]
    for path in orphans + kept:
        path.write_text("half a file", encoding="utf-8")
    result = run_headless(RunOptions(seed=1, headless=True), HeadlessOptions(ticks=5, profile_dir=profile))
    assert result.outcome == "ticks"
    assert not any(p.exists() for p in orphans)
    assert all(p.exists() for p in kept), "only the game's own temporary files go"


WRITER = """
import sys, random
from pathlib import Path
from game.save import SaveGame, write_save
from game.sim.session import Session
path = Path(sys.argv[1])
session = Session.new(1)
print("ready", flush=True)
n = 0
while True:
    n += 1
    session.ticks = n
    session.seen = {f"t.line{i}" for i in range(random.randrange(1, 400))}
    write_save(path, SaveGame(session=session.to_save(), scene="forest"))
"""


def test_kill_9_mid_write_never_leaves_a_bad_save_and_the_next_start_cleans_up(tmp_path: Path) -> None:
    path = tmp_path / "data" / "save.json"
    env = game_env(tmp_path)
    for round_ in range(4):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        time.sleep(0.05 + 0.03 * round_)
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=10)
        save, notice = read_save(path)
        assert save is not None, notice
    assert not list(path.parent.glob("save.json.*.tmp")), "read_save removed whatever a kill left"


# -- a full or read-only disk ------------------------------------------------------------------------------


@contextmanager
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every atomic write fails as on a full disk, at the rename (after the data was written)."""

    def no_space(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(src))

    with monkeypatch.context() as patch:
        patch.setattr("game.jsonfile.os.replace", no_space)
        yield


@contextmanager
def read_only(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The profile folder cannot be written: chmod 0o500, or (as root, where chmod does not stop writes) a
    PermissionError from the temporary file's creation, as the kernel would give. Yields which one."""
    folder.mkdir(parents=True, exist_ok=True)
    if not ROOT_USER:
        folder.chmod(0o500)
        try:
            yield "chmod"
        finally:
            folder.chmod(0o700)
        return

    def denied(*args: object, **kwargs: object) -> tuple[int, str]:
        name = str(folder / "save.json.xaqbwlbl.tmp")
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), name)

    with monkeypatch.context() as patch:
        patch.setattr("game.jsonfile.tempfile.mkstemp", denied)
        yield "monkeypatched PermissionError (running as root)"


def play_scene(ctx: Context) -> PlayScene:
    import pygame

    from game.app import init_pygame
    from game.context import LEVELS_DIR

    init_pygame(headless=True)
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))

    return PlayScene(ctx, Session.new(1), map_path=LEVELS_DIR / "forest.tmx")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_full_disk_keeps_play_going_and_the_hud_and_pause_say_progress_is_not_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    ctx = context(tmp_path, lang)
    profile = ctx.profile
    profile.data.mkdir(parents=True)
    profile.save_path.write_text("the old save", encoding="utf-8")
    play = play_scene(ctx)
    import pygame

    canvas = pygame.Surface((640, 360))
    with full_disk(monkeypatch):
        play.enter()  # the scene-start autosave: a traceback before
        for _ in range(3):
            play.draw(canvas, 1.0)
            assert play.update(InputFrame()) is None
    assert profile.save_path.read_text(encoding="utf-8") == "the old save"
    assert sorted(os.listdir(profile.data)) == ["save.json"], "no temporary file is left"
    assert play.view is not None
    shown = play.view.hud.notice_text()
    paused = PauseScene(ctx).notice_text()
    if lang == "en":
        assert shown == "Progress is not being saved: the disk is full"
    else:
        assert shown == "진행 상황이 저장되지 않고 있습니다: 디스크 공간이 부족합니다"
    assert paused == shown
    assert any("No space left on device" in m for m in ctx.log.messages)
    # Five seconds later the HUD line is gone; the pause menu still says it until a save succeeds.
    for _ in range(400):
        play.update(InputFrame())
    assert play.view.hud.notice_text() is None and PauseScene(ctx).notice_text() == shown
    play._autosave()  # the disk has room again
    assert PauseScene(ctx).notice_text() is None and profile.save_path.read_text() != "the old save"


def test_a_read_only_profile_keeps_play_going_with_a_notice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = context(tmp_path)
    with read_only(ctx.profile.data, monkeypatch) as how:
        play = play_scene(ctx)
        play.enter()
        for _ in range(3):
            play.update(InputFrame())
        ctx.change_settings(ctx.settings.with_value("master_volume", 10))  # settings are elsewhere: fine
    assert ctx.log.unsaved is not None, how
    assert PauseScene(ctx).notice_text() == "Progress is not being saved: the save folder cannot be written"
    assert "Permission denied" in str(ctx.log.unsaved)


def test_settings_that_cannot_be_written_do_not_stop_the_settings_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = context(tmp_path)
    with full_disk(monkeypatch):
        ctx.change_settings(ctx.settings.with_value("master_volume", 10))
    assert ctx.settings.master_volume == 10, "the new value is used even though it could not be saved"
    assert ctx.log.unsaved is not None and "No space left" in str(ctx.log.unsaved)


def test_a_full_disk_in_a_whole_headless_run_is_one_line_and_no_traceback(tmp_path: Path) -> None:
    """As a subprocess: the writer's rename fails with ENOSPC (patched in before the game starts)."""
    full = (
        "import errno, os\n"
        "def full(src, dst):\n"
        "    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(src))\n"
        "os.replace = full  # the rename that ends every atomic write"
    )
    profile = tmp_path / "p"
    args = ["headless", "--scene", "forest", "--ticks", "60", "--json", "--profile", str(profile)]
    done = run_game_after(full, args, tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if "progress is not being saved" in line]
    assert len(lines) == 1 and "No space left on device" in lines[0]
    assert last_json(done.stdout)["ticks"] == 60
    assert not (profile / "data" / "save.json").exists()
    assert not list((profile / "data").glob("*.tmp"))


# -- New game over a save ----------------------------------------------------------------------------------


def title_with_save(tmp_path: Path, good_save: dict[str, Any], lang: str = "en") -> TitleScene:
    profile = Profile.at(tmp_path)
    profile.data.mkdir(parents=True, exist_ok=True)
    profile.save_path.write_text(json.dumps(good_save), encoding="utf-8")
    return TitleScene(context(tmp_path, lang))


def choose_new_game(title: TitleScene) -> None:
    while title.menu.current.id != "new":
        title.update(press(Action.DOWN))
    assert title.update(press(Action.CONFIRM)) is None, "a save exists: New game asks first"


@pytest.mark.parametrize("answer", [Action.CONFIRM, Action.BACK])
def test_new_game_over_a_save_asks_and_no_is_the_default(
    tmp_path: Path, good_save: dict[str, Any], answer: Action
) -> None:
    title = title_with_save(tmp_path, good_save)
    before = title.ctx.profile.save_path.read_bytes()
    choose_new_game(title)
    assert title.asking and [i.id for i in title.menu.items] == ["keep", "new"] and title.menu.index == 0
    assert title.update(press(answer)) is None
    assert not title.asking and title.menu.current.id == "new", "back at the title, on New game"
    assert title.ctx.profile.save_path.read_bytes() == before


def test_new_game_over_a_save_starts_when_the_player_says_yes(
    tmp_path: Path, good_save: dict[str, Any]
) -> None:
    title = title_with_save(tmp_path, good_save)
    choose_new_game(title)
    title.update(press(Action.DOWN))
    assert isinstance(title.update(press(Action.CONFIRM)), Reset)


def test_new_game_without_a_save_starts_at_once(tmp_path: Path) -> None:
    title = TitleScene(context(tmp_path))
    assert isinstance(title.update(press(Action.CONFIRM)), Reset)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_question_is_drawn_in_the_players_language(
    tmp_path: Path, good_save: dict[str, Any], lang: str
) -> None:
    import pygame

    title = title_with_save(tmp_path, good_save, lang)
    choose_new_game(title)
    tr = title.ctx.i18n
    from game.scenes.title import REPLACE_QUESTION

    question = tr.msg(REPLACE_QUESTION)
    assert question == (
        "Start a new game? Your saved progress will be replaced."
        if lang == "en"
        else "새 게임을 시작할까요? 저장된 진행 상황을 덮어씁니다."
    )
    assert [tr.msg(item.label) for item in title.menu.items] == (
        ["No", "Yes"] if lang == "en" else ["아니요", "예"]
    )
    title.draw(pygame.Surface((640, 360)), 1.0)


def test_the_bot_still_starts_a_new_game_over_a_save(tmp_path: Path, good_save: dict[str, Any]) -> None:
    from game.bot import Bot

    profile = tmp_path / "p"
    (profile / "data").mkdir(parents=True)
    (profile / "data" / "save.json").write_text(json.dumps(good_save), encoding="utf-8")
    result = run_headless(
        RunOptions(seed=2, headless=True),
        HeadlessOptions(ticks=400, profile_dir=profile, source=lambda _c, stack: Bot(stack, 2)),
    )
    assert result.scenes and result.scenes[0] == "forest", result


@pytest.mark.parametrize("where", [1e300, -5.0])
def test_continue_with_an_actor_outside_the_level_sets_the_save_aside_with_a_notice(
    tmp_path: Path, good_save: dict[str, Any], where: float
) -> None:
    data = json.loads(json.dumps(good_save))
    assert data["level"]["world"]["player"][0] >= 0, "the real save has a level state"
    data["level"]["world"]["player"][0] = where
    profile = Profile.at(tmp_path)
    profile.data.mkdir(parents=True)
    profile.save_path.write_text(json.dumps(data), encoding="utf-8")
    title = TitleScene(context(tmp_path))
    assert title.menu.current.id == "continue"
    assert title.update(press(Action.CONFIRM)) is None, "the save does not fit: no game starts from it"
    (moved,) = aside(profile.data, "save.json")
    (shown,) = title.notice_lines()
    assert moved.name in shown and "continue" not in [item.id for item in title.menu.items]
