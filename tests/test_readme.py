"""The README keeps up with the code (issue 12): every command's options,
every environment variable the code reads, every module of pack/ in the
Architecture table, and every module's docstring saying what it takes
and gives. Reads files only; builds nothing."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import click

from pack.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
MODULES = sorted((ROOT / "pack").rglob("*.py"))


def _section(title: str) -> str:
    """The README's text from the heading `title` to the next heading of its level."""
    level, _, _ = title.partition(" ")
    start = README.index(f"\n{title}\n")
    end = README.find(f"\n{level} ", start + len(title) + 2)
    return README[start:end if end > 0 else None]


def _docstring(path: Path) -> str:
    return ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""


def test_every_option_of_every_command_is_in_the_readme():
    commands = _section("## Commands")
    missing = []
    for name, command in main.commands.items():
        assert f"teachpack {name}" in commands, f"no section for `teachpack {name}`"
        for param in command.params:
            if isinstance(param, click.Option):
                missing += [f"{name} {opt}" for opt in param.opts + param.secondary_opts
                            if f"`{opt}" not in commands and f"/ `{opt}`" not in commands]
    assert not missing, missing


def test_every_environment_variable_the_code_reads_is_in_the_readme():
    environment = _section("### Environment")
    named = set()
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                    re.fullmatch(r"(?:TEACHPACK|XDG)_[A-Z_]+|SOURCE_DATE_EPOCH", node.value):
                named.add(node.value)
    assert named, "the scan found no variable: the pattern no longer fits the code"
    assert not [name for name in sorted(named) if f"`{name}`" not in environment]


def _rows() -> list[tuple[str, str]]:
    """(first cell, whole row) of every row of the Architecture table."""
    return [(line.split("|")[1], line) for line in _section("## Architecture").splitlines()
            if line.startswith("| `pack/")]


def _named(relative: str, rows: list[tuple[str, str]]) -> bool:
    """A top-level module by its path in a first cell; a module of a
    package by its name (or its path inside the package) in the row of
    a folder that holds it."""
    if "/" not in relative.removeprefix("pack/"):
        return any(f"`{relative}`" in cell for cell, _ in rows)
    for cell, row in rows:
        for folder in re.findall(r"`(pack/[\w/]+/)`", cell):
            if relative.startswith(folder):
                inside = relative[len(folder):].removesuffix(".py")
                stem = inside.rsplit("/", 1)[-1]
                if f"`{stem}`" in row or f"`{inside}`" in row:
                    return True
    return False


def test_every_module_is_in_the_architecture_table():
    rows = _rows()
    missing = [path.relative_to(ROOT).as_posix() for path in MODULES
               if path.name not in ("__init__.py", "__main__.py")
               and not _named(path.relative_to(ROOT).as_posix(), rows)]
    assert not missing, missing
    listed = {path for cell, _ in rows for path in re.findall(r"`(pack/[\w/.]+)`", cell)}
    assert not [path for path in listed if not (ROOT / path).exists()]


def test_every_module_says_what_it_takes_and_gives():
    """A package's __init__ may describe the package; every other module
    names its inputs or outputs (the stage is its folder, or said)."""
    silent = [path.relative_to(ROOT).as_posix() for path in MODULES
              if not _docstring(path)
              or (path.name not in ("__init__.py", "__main__.py")
                  and not re.search(r"\b(?:inputs?|outputs?)\b", _docstring(path), re.IGNORECASE))]
    assert not silent, silent
