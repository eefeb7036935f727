"""Translation tooling: ``python -m tools.i18n extract`` and ``python -m tools.i18n report``.

``extract`` gathers every translatable unit — UI strings (``Msg("id", "English")`` and ``tr("id", "English")``
calls under ``game/``), the story files' lines, options, objectives and cast names (``levels/*.yaml``) — writes
the English template ``assets/i18n/refuge.pot`` and merges it into each ``<lang>.po``: new units arrive
untranslated, units whose English changed are marked fuzzy with the old English kept (``#| msgid``), units that
left the source become obsolete (``#~``) so their translation comes back if they return. ``extract --check``
changes nothing and exits 1 when a file is out of date.

``report`` compares each language with the current source and lists what is missing, stale (fuzzy, or made
for other English), obsolete, or broken (placeholders the English lacks, bad braces, glyphs the font lacks).
It exits 1 when anything is missing or broken (with ``--strict``, also when anything is stale).
"""

from __future__ import annotations

import argparse
import ast
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from game.content.diagnostics import ContentError, Diagnostic
from game.i18n import LANGUAGES, SOURCE_LANGUAGE, parse_template, slot_names
from game.po import PoEntry, PoFile, make_header, parse_po, write_po

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = "refuge.pot"
STORY_ORDER = ("forest", "mall", "fantasy", "confrontation")
CALL_NAMES = ("tr", "Msg")


@dataclass(slots=True)
class Unit:
    """One translatable unit from the source."""

    id: str
    en: str
    references: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Source:
    """Every unit in template order, plus the problems met while collecting them."""

    units: dict[str, Unit] = field(default_factory=dict)
    problems: list[Diagnostic] = field(default_factory=list)

    def add(self, unit: Unit, where: Diagnostic) -> None:
        """Add a unit; the same id with other English is a problem (a repeated cast name is fine)."""
        known = self.units.get(unit.id)
        if known is None:
            self.units[unit.id] = unit
        elif known.en != unit.en:
            self.problems.append(
                replace(where, code="I020", message=f"id {unit.id!r} has other English already: {known.en!r}")
            )
        else:
            known.references.extend(r for r in unit.references if r not in known.references)


@dataclass(frozen=True, slots=True)
class Roots:
    """Where the tool reads and writes (tests point these at temporary folders)."""

    code: Path = ROOT / "game"
    levels: Path = ROOT / "levels"
    drafts: Path | None = ROOT / "docs" / "story-draft"
    """Story drafts not yet moved into ``levels/``: their lines are translated ahead (a line in ``levels/`` wins)."""
    out: Path = ROOT / "assets" / "i18n"
    base: Path = ROOT
    """Paths in references are written relative to this."""


# -- collecting ---------------------------------------------------------------------------------------------


def _rel(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def collect_code(source: Source, code: Path, base: Path) -> None:
    """UI strings: ``Msg(...)`` and ``tr(...)`` calls whose id and English are literal strings."""
    for path in sorted(code.rglob("*.py")):
        shown = _rel(path, base)
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except (OSError, SyntaxError, UnicodeDecodeError) as exc:
            source.problems.append(Diagnostic(shown, 1, 1, "I021", f"cannot read the code: {exc}"))
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            if name not in CALL_NAMES:
                continue
            first, second = node.args[0], node.args[1]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue  # an id passed through (a helper's parameter): declared where it is written
            where = Diagnostic(shown, node.lineno, node.col_offset + 1, "I022", "")
            if not (isinstance(second, ast.Constant) and isinstance(second.value, str)):
                message = f"the English of {first.value!r} must be a literal string so it can be extracted"
                source.problems.append(replace(where, message=message))
                continue
            unit = Unit(first.value, second.value, [f"{shown}:{node.lineno}"])
            _note_placeholders(unit)
            source.add(unit, where)


def _note_placeholders(unit: Unit) -> None:
    try:
        names = sorted(slot_names(unit.en))
    except ValueError:
        names = []
    if names:
        unit.notes.append("placeholders: " + ", ".join("{" + n + "}" for n in names))


def story_files(levels: Path) -> list[Path]:
    """The story files in the game's order, then any others by name."""
    files = sorted(levels.glob("*.yaml"))
    rank = {name: i for i, name in enumerate(STORY_ORDER)}
    return sorted(files, key=lambda p: (rank.get(p.stem, len(rank)), p.name))


def collect_stories(source: Source, levels: Path, base: Path, draft: bool = False) -> None:
    """Story lines, options, objectives and cast names from every story file (drafts only add new ids)."""
    from game.content.story_yaml import read_story_file
    from game.story.lines import LineKind, iter_units

    for path in story_files(levels):
        shown = _rel(path, base)
        story, diagnostics = read_story_file(path)
        errors = [d for d in diagnostics if d.severity.value == "error"]
        if story is None or errors:
            source.problems.append(
                Diagnostic(
                    shown, 1, 1, "I023", "the story has errors (see `refuge check`); its lines were skipped"
                )
            )
            continue
        cast = {m.id: m.name for m in story.cast.values()}
        for line in iter_units(story):
            unit = Unit(line.id, line.text, [f"{shown}:{line.pos.line}"])
            if line.kind is LineKind.SAY and line.speaker:
                unit.notes.append(f"{cast.get(line.speaker, line.speaker)} says (node {line.node})")
            elif line.kind is not LineKind.CAST:
                unit.notes.append(f"{line.kind.value} (node {line.node})")
            else:
                unit.notes.append("a character's name")
                unit.references = []  # alike in every scene: where it is declared does not help
            _note_placeholders(unit)
            if draft:
                if unit.id in source.units:
                    continue
                unit.notes.append("from a draft")
            source.add(unit, Diagnostic(shown, line.pos.line, line.pos.col, "I020", ""))


def collect(roots: Roots) -> Source:
    """Every unit: the story's (cast first), then the UI's."""
    source = Source()
    collect_stories(source, roots.levels, roots.base)
    if roots.drafts is not None and roots.drafts.is_dir():
        collect_stories(source, roots.drafts, roots.base, draft=True)
    collect_code(source, roots.code, roots.base)
    return source


# -- the template and merging -------------------------------------------------------------------------------


def header(lang: str | None) -> str:
    """A ``.po`` header (no dates, so extraction is repeatable)."""
    fields = [
        ("Project-Id-Version", "Refuge"),
        ("Language", lang or ""),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Plural-Forms", "nplurals=1; plural=0;"),
    ]
    return make_header(fields)


def template(source: Source) -> PoFile:
    """The English template: one entry per unit, msgctxt = id."""
    entries = tuple(
        PoEntry(msgid=u.en, msgctxt=u.id, extracted=tuple(u.notes), references=tuple(u.references))
        for u in source.units.values()
    )
    return PoFile(
        header=header(None),
        header_comments=("Refuge: English source text. Made by tools/i18n.py.",),
        entries=entries,
    )


def merge(pot: PoFile, old: PoFile | None, lang: str) -> PoFile:
    """``old`` translations carried onto the template's entries (see the module's docstring)."""
    existing: dict[str, PoEntry] = {}
    if old is not None:
        for entry in old.entries:
            if entry.msgctxt is not None and (entry.msgctxt not in existing or not entry.obsolete):
                existing[entry.msgctxt] = entry
    merged: list[PoEntry] = []
    for new in pot.entries:
        assert new.msgctxt is not None
        before = existing.pop(new.msgctxt, None)
        if before is None:
            merged.append(new)
            continue
        flags, previous = before.flags, before.previous_msgid
        if before.msgid != new.msgid and before.msgstr:
            flags = flags if "fuzzy" in flags else ("fuzzy", *flags)
            previous = previous if previous is not None else before.msgid
        if not before.msgstr:
            flags, previous = tuple(f for f in flags if f != "fuzzy"), None
        merged.append(
            replace(new, msgstr=before.msgstr, flags=flags, previous_msgid=previous, comments=before.comments)
        )
    gone = [
        replace(e, obsolete=True, references=(), extracted=())
        for e in existing.values()
        if e.msgstr  # an untranslated entry that left the source holds nothing worth keeping
    ]
    comments = (
        old.header_comments if old is not None and old.header_comments else (f"Refuge: {lang} translation.",)
    )
    return PoFile(header=header(lang), header_comments=comments, entries=(*merged, *gone))


def read_po(path: Path) -> PoFile | None:
    """A ``.po`` file, or ``None`` when there is none; raises :class:`ContentError` when it is malformed."""
    if not path.exists():
        return None
    return parse_po(path.read_text(encoding="utf-8"), _rel(path, ROOT))


def extract(
    roots: Roots, check: bool = False, langs: Iterable[str] = ()
) -> tuple[list[str], list[Diagnostic]]:
    """Write (or with ``check``, compare) the template and every language's file; returns the changed files."""
    source = collect(roots)
    pot = template(source)
    files: dict[Path, str] = {roots.out / TEMPLATE: write_po(pot)}
    for lang in langs or [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]:
        path = roots.out / f"{lang}.po"
        files[path] = write_po(merge(pot, read_po(path), lang))
    changed: list[str] = []
    for path, text in files.items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            changed.append(_rel(path, roots.base))
            if not check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    return changed, source.problems


# -- the report ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class LangReport:
    """What one language lacks."""

    lang: str
    total: int = 0
    translated: int = 0
    missing: list[Unit] = field(default_factory=list)
    stale: list[tuple[Unit, str]] = field(default_factory=list)
    """Each with the English its translation was made for."""
    obsolete: int = 0
    errors: list[Diagnostic] = field(default_factory=list)


def report_language(source: Source, lang: str, roots: Roots, glyphs: bool = True) -> LangReport:
    """Compare one language's file with the current source."""
    path = roots.out / f"{lang}.po"
    shown = _rel(path, roots.base)
    result = LangReport(lang, total=len(source.units))
    try:
        po = read_po(path)
    except ContentError as exc:
        result.errors.extend(exc.diagnostics)
        result.missing = list(source.units.values())
        return result
    entries = po.by_context() if po else {}
    result.obsolete = sum(1 for e in po.entries if e.obsolete) if po else 0
    for unit in source.units.values():
        entry = entries.get(unit.id)
        if entry is None or not entry.msgstr:
            result.missing.append(unit)
            continue
        result.translated += 1
        if entry.fuzzy or entry.msgid != unit.en:
            made_for = entry.previous_msgid if entry.previous_msgid is not None else entry.msgid
            result.stale.append((unit, made_for))
        result.errors.extend(_entry_problems(unit, entry, shown, glyphs))
    return result


def _entry_problems(unit: Unit, entry: PoEntry, shown: str, glyphs: bool) -> list[Diagnostic]:
    where = Diagnostic(shown, entry.line, 1, "I030", "")
    problems: list[Diagnostic] = []
    try:
        parse_template(entry.msgstr)
        extra = slot_names(entry.msgstr) - slot_names(unit.en)
    except ValueError as exc:
        return [replace(where, code="I031", message=f"{unit.id}: {exc}")]
    if extra:
        names = ", ".join("{" + n + "}" for n in sorted(extra))
        problems.append(
            replace(where, message=f"{unit.id}: the translation uses {names}, which the English lacks")
        )
    if glyphs:
        from game.render.text import FACES

        for face in {f.file for f in FACES.values()}:
            missing = _missing_glyphs(entry.msgstr, face)
            if missing:
                chars = "".join(sorted(missing))
                problems.append(
                    replace(
                        where, code="I032", message=f"{unit.id}: the font {face} has no glyph for {chars!r}"
                    )
                )
    return problems


def _missing_glyphs(text: str, face: str) -> set[str]:
    from game.render.text import missing_glyphs

    return missing_glyphs(text, face)


def print_report(result: LangReport, out: list[str]) -> None:
    """Human-readable lines for one language."""
    out.append(
        f"{result.lang}: {result.total} units, {result.translated} translated, {len(result.missing)} missing, "
        f"{len(result.stale)} stale, {result.obsolete} obsolete, {len(result.errors)} errors"
    )
    for unit in result.missing:
        where = f"  ({unit.references[0]})" if unit.references else ""
        out.append(f"  missing  {unit.id}  {unit.en!r}{where}")
    for unit, made_for in result.stale:
        out.append(f"  stale    {unit.id}  translated for {made_for!r}, English now {unit.en!r}")
    out.extend(f"  {d}" for d in result.errors)


# -- command line -------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None, roots: Roots | None = None) -> int:
    """Run the tool; returns the exit code (0 fine, 1 problems, 2 bad usage or unreadable files)."""
    parser = argparse.ArgumentParser(prog="tools.i18n", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="write the template and merge it into every language's file")
    ex.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file is out of date")
    rep = sub.add_parser("report", help="list missing, stale and broken translations")
    rep.add_argument("langs", nargs="*", help="languages (default: all but English)")
    rep.add_argument("--strict", action="store_true", help="stale translations fail too")
    rep.add_argument("--no-glyphs", action="store_true", help="skip the font coverage check")
    args = parser.parse_args(argv)
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")  # the glyph check opens fonts, never a window
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    roots = roots or Roots()
    lines: list[str] = []
    if args.command == "extract":
        try:
            changed, problems = extract(roots, check=args.check)
        except ContentError as exc:
            print(exc, file=sys.stderr)
            return 2
        for problem in problems:
            print(problem, file=sys.stderr)
        verb = "out of date" if args.check else "written"
        print("\n".join(f"{verb}: {name}" for name in changed) or "up to date")
        return 1 if problems or (args.check and changed) else 0
    langs = args.langs or [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]
    unknown = [lang for lang in langs if lang not in LANGUAGES or lang == SOURCE_LANGUAGE]
    if unknown:
        print(f"tools.i18n: unknown language {unknown[0]!r}", file=sys.stderr)
        return 2
    source = collect(roots)
    failed = bool(source.problems)
    lines.extend(str(p) for p in source.problems)
    for lang in langs:
        result = report_language(source, lang, roots, glyphs=not args.no_glyphs)
        print_report(result, lines)
        failed |= bool(result.missing or result.errors or (args.strict and result.stale))
    print("\n".join(lines))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
