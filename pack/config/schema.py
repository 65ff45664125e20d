"""Configuration stage, the checker: TOML files against a declared schema.

Inputs: a TOML file (a course's `course.toml`, a review file) and a
schema: nested dicts whose leaves are `Field`s. Outputs: the values found
(keyed by their dotted path) and a list of every problem, each naming its
key path: unknown keys with a "did you mean", wrong types, values outside
their choices or range. Nothing stops at the first problem, so a teacher
fixes the file once, not once per mistake. The callers turn the problems
into one `ConfigError` (exit status 4).
"""

from __future__ import annotations

import difflib
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pack.errors import ConfigError
from pack.paths import read_file

TOML_LIMIT = 8 * 1024 * 1024       # a course or review file is a few kB; this is generous

# What each kind of field expects, as the messages say it.
EXPECTED = {
    "text": "a text in quotes",
    "flag": "true or false",
    "whole": "a whole number",
    "number": "a number",
    "texts": "a list of texts",
    "table": "a table of texts",
}


@dataclass(frozen=True)
class Field:
    """One key of a schema: its kind, its allowed values and where it goes."""

    kind: str                        # a key of EXPECTED
    setting: str = ""                # the Settings field it sets ("" = the caller's own)
    choices: tuple[str, ...] = ()    # allowed values (for text and texts)
    noun: str = "value"              # what a value is called in messages ("theme")
    minimum: float | None = None
    maximum: float | None = None
    required: bool = False
    pattern: str = ""                # a text must match it whole; `noun` says what it is


def load_toml(path: Path, shown: str) -> dict:
    """The parsed file; invalid TOML becomes a ConfigError naming line and column."""
    try:
        text = read_file(path, TOML_LIMIT, ConfigError, shown).decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError("the file is not UTF-8 text", where=shown,
                          hint="Save it as UTF-8 in your editor.") from None
    import tomllib          # here: a build without a course file never parses TOML (pack.derived)
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise ConfigError("the file nests tables or lists too deeply to be a course or review file",
                          where=shown, hint="Remove the nested brackets.") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {_position(str(exc))}", where=shown,
                          hint="Check quotes, '=' signs and [section] lines there.") from None


def _position(message: str) -> str:
    """'Expected ... (at line 3, column 7)' -> 'line 3, column 7: Expected ...'."""
    match = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if not match:
        return message
    return f"line {match.group(1)}, column {match.group(2)}: {message[:match.start()]}"


def check(data: dict, schema: dict, prefix: str = "") -> tuple[dict[str, Any], list[str]]:
    """Every value of `data` that fits `schema`, and every problem found."""
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in data.items():
        path = f"{prefix}{key}"
        spec = schema.get(key)
        if spec is None:
            problems.append(f"{path}: unknown key{suggest(key, list(schema), _leaf_paths(schema))}")
        elif isinstance(spec, dict):
            if isinstance(value, dict):
                found, more = check(value, spec, f"{path}.")
                values.update(found)
                problems += more
            else:
                problems.append(f"{path}: expected a [{path}] section, got {shown_value(value)}")
        else:
            problem = check_value(spec, value, path)
            if problem:
                problems.append(problem)
            else:
                values[path] = value
    problems += _missing(data, schema, prefix)
    return values, problems


def _missing(data: dict, schema: dict, prefix: str) -> list[str]:
    """Required keys that are absent, also inside absent sections."""
    problems = []
    for key, spec in schema.items():
        if isinstance(spec, dict):
            if key not in data:
                problems += _missing({}, spec, f"{prefix}{key}.")
        elif spec.required and key not in data:
            problems.append(f"{prefix}{key}: required, but missing")
    return problems


def check_value(spec: Field, value: Any, path: str) -> str:
    """'' when `value` fits `spec`, else the problem."""
    if not _has_kind(spec.kind, value):
        return f"{path}: expected {EXPECTED[spec.kind]}, got {shown_value(value)}"
    if spec.kind == "texts" and spec.minimum and len(value) < spec.minimum:
        return f"{path}: list at least one {spec.noun}"
    if spec.kind in ("whole", "number") and spec.minimum is not None and value < spec.minimum:
        return f"{path}: must be at least {spec.minimum:g}, got {value}"
    if spec.kind in ("whole", "number") and spec.maximum is not None and value > spec.maximum:
        return f"{path}: must be at most {spec.maximum:g}, got {value:g}"
    if spec.kind == "text" and spec.pattern and not re.fullmatch(spec.pattern, value):
        return f"{path}: '{value}' is not a {spec.noun}"
    if spec.kind == "text" and spec.choices:
        return choice_problem(value, spec.choices, spec.noun, path)
    if spec.kind == "texts" and spec.choices:
        for index, item in enumerate(value):
            problem = choice_problem(item, spec.choices, spec.noun, f"{path}[{index}]")
            if problem:
                return problem
    return ""


def choice_problem(value: str, choices: tuple[str, ...], noun: str, path: str) -> str:
    if value in choices:
        return ""
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    if close:
        return f"{path}: unknown {noun} '{value}' (did you mean '{close[0]}'?)"
    return f"{path}: unknown {noun} '{value}' (choose from {', '.join(choices)})"


def _has_kind(kind: str, value: Any) -> bool:
    if kind == "text":
        return isinstance(value, str)
    if kind == "flag":
        return isinstance(value, bool)
    if kind == "whole":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if kind == "texts":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())


def suggest(key: str, siblings: list[str], everywhere: list[str] = ()) -> str:
    """' (did you mean 'paper'?)' from the keys beside it, or from a key of
    the same name in another section ('title' -> 'course.title')."""
    close = difflib.get_close_matches(key, siblings, n=1, cutoff=0.6)
    if close:
        return f" (did you mean '{close[0]}'?)"
    elsewhere = [path for path in everywhere if path.rsplit(".", 1)[-1] == key]
    if elsewhere:
        return f" (did you mean '{elsewhere[0]}'?)"
    return f" (known keys: {', '.join(siblings)})" if siblings else ""


def _leaf_paths(schema: dict, prefix: str = "") -> list[str]:
    paths = []
    for key, spec in schema.items():
        if isinstance(spec, dict):
            paths += _leaf_paths(spec, f"{prefix}{key}.")
        else:
            paths.append(f"{prefix}{key}")
    return paths


def shown_value(value: Any) -> str:
    """A value as TOML writes it: "yes", 3, true, [...], a table."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list" if any(isinstance(v, (dict, list)) for v in value) else \
            "[" + ", ".join(shown_value(v) for v in value) + "]"
    return str(value)


def raise_problems(problems: list[str], path: Path, shown: str, hint: str) -> None:
    """One ConfigError listing every problem, each line prefixed with the
    file's short name (`course.toml: look.papr: ...`), the full path on top."""
    if not problems:
        return
    count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
    lines = "\n".join(f"  {shown}: {p}" for p in problems)
    raise ConfigError(f"{count} in {path}:\n{lines}", hint=hint)
