"""Where settings and saves live: the user's directories, a named folder (``--profile``), or a fresh one."""

from __future__ import annotations

import errno
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from game.i18n import Msg, Translator

APP_NAME = "refuge"

SAVE_SET_ASIDE = Msg("ui.notice.save_set_aside", "Your save could not be used. It was set aside as {name}.")
SAVE_UNUSABLE = Msg("ui.notice.save_unusable", "Your save could not be used, nor moved aside.")
SETTINGS_SET_ASIDE = Msg(
    "ui.notice.settings_set_aside", "Your settings could not be read. They were set aside as {name}."
)
SETTINGS_FIXED = Msg("ui.notice.settings_fixed", "Some settings were not valid; their defaults are used.")
UNSAVED = Msg("ui.notice.unsaved", "Progress is not being saved: {reason}")
DISK_FULL = Msg("ui.notice.disk_full", "the disk is full")
READ_ONLY = Msg("ui.notice.read_only", "the save folder cannot be written")
DISK_ERROR = Msg("ui.notice.disk_error", "a disk error ({error})")
NOT_FINITE = Msg("ui.notice.not_finite", "the game holds a value that cannot be saved")
STORY_STOPPED = Msg("ui.notice.story_stopped", "The story stopped: {reason}")


class Notice(str):
    """A message for the player: the English detail (this string, for stderr and logs) and a short line shown
    in the game, translated when drawn (``msg`` with ``values``)."""

    msg: Msg
    values: dict[str, object]

    def __new__(cls, detail: str, msg: Msg, **values: object) -> Notice:
        """``detail`` for the terminal, ``msg``/``values`` for the screen."""
        self = super().__new__(cls, detail)
        self.msg = msg
        self.values = values
        return self

    def shown(self, tr: Translator) -> str:
        """The line the game shows, in the player's language."""
        plain = {k: v for k, v in self.values.items() if not isinstance(v, Msg)}
        values = {k: tr.msg(v, **plain) if isinstance(v, Msg) else v for k, v in self.values.items()}
        return tr.msg(self.msg, **values)


def set_aside_notice(detail: str, moved: Path | None, settings: bool = False) -> Notice:
    """The notice for a profile file that was set aside (``moved``) or could not be moved."""
    if settings:
        return Notice(detail, SETTINGS_SET_ASIDE, name=moved.name if moved else "-")
    if moved is None:
        return Notice(detail, SAVE_UNUSABLE)
    return Notice(detail, SAVE_SET_ASIDE, name=moved.name)


def unsaved_notice(exc: OSError | ValueError) -> Notice:
    """The notice for an autosave or settings write that failed: play goes on, the player is told why."""
    if isinstance(exc, ValueError):
        reason, detail = NOT_FINITE, str(exc)
    elif exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason, detail = DISK_FULL, exc.strerror or str(exc)
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason, detail = READ_ONLY, exc.strerror or str(exc)
    else:
        reason, detail = DISK_ERROR, exc.strerror or str(exc)
    where = f"{exc.filename}: " if isinstance(exc, OSError) and exc.filename else ""
    return Notice(f"progress is not being saved: {where}{detail}", UNSAVED, reason=reason, error=detail)


@dataclass(frozen=True, slots=True)
class Profile:
    """A pair of directories: ``config`` for settings, ``data`` for saves."""

    config: Path
    data: Path
    temporary: bool = False

    @classmethod
    def user(cls) -> Profile:
        """The player's own directories (platformdirs), created on first write."""
        return cls(Path(platformdirs.user_config_dir(APP_NAME)), Path(platformdirs.user_data_dir(APP_NAME)))

    @classmethod
    def at(cls, root: Path) -> Profile:
        """A self-contained profile in one folder (``root/config``, ``root/data``)."""
        return cls(root / "config", root / "data")

    @classmethod
    def fresh(cls) -> Profile:
        """An empty throwaway profile, so headless runs never depend on the machine's user."""
        root = Path(tempfile.mkdtemp(prefix="refuge-profile-"))
        return cls(root / "config", root / "data", temporary=True)

    @property
    def settings_path(self) -> Path:
        """The settings file."""
        return self.config / "settings.json"

    @property
    def save_path(self) -> Path:
        """The autosave file."""
        return self.data / "save.json"

    def discard(self) -> None:
        """Remove a temporary profile's files."""
        if self.temporary:
            shutil.rmtree(self.config.parent, ignore_errors=True)
