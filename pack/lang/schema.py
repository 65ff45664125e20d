"""Language data: the declared schema, checked when a language file is loaded.

Stage: shared (every stage loads language data through `pack.lang.load`).
Inputs: `pack/lang/schema.toml` (every key a language file may have, its
type, and its default or none when required) and one parsed language
file. Outputs: the file's data with every optional key it leaves out set
to its default, or one `ConfigError` naming the file and the key when the
file is broken: not TOML, an unknown key, a value of the wrong type, a
required key missing.

With TEACHPACK_CHECK_LANG_READS=1 (the test suite sets it) the tables come
back as `Declared` dicts that refuse to read a key the schema does not
declare: a bug in teachpack, not a user mistake. Builds get plain dicts:
the extractors read some keys for every word, and a Python-level `get`
would cost them about 15 ms an article.

`[tunables]` in the same file is no language file's: the thresholds of the
extractors that hold in every language (how many words back a cue is looked
for, what share of a chapter makes it a table), each declared once with its
value and why, and read by `tunables_of`.

The one fallback rule: a key a file leaves out takes the schema's default.
No language falls back to another; adding a language means adding a
folder of files that pass this check, no Python.
"""

from __future__ import annotations

import copy
import math
import os
from functools import lru_cache
from pathlib import Path

from pack.derived import kept_toml
from pack.errors import ConfigError

SCHEMA_FILE = Path(__file__).with_name("schema.toml")
REQUIRED = object()     # no default: every language file must give the key
CHECK_READS = "TEACHPACK_CHECK_LANG_READS"
TUNABLES = "tunables"   # the table of thresholds every language shares (no language file)


@lru_cache(maxsize=None)
def _schema() -> dict:
    return kept_toml(SCHEMA_FILE)


@lru_cache(maxsize=None)
def declared() -> dict[str, dict[str, tuple]]:
    """{file: {dotted key: (type, default or REQUIRED)}} from `pack/lang/schema.toml`."""
    return {part: {key: (spec[0], spec[1] if len(spec) > 1 else REQUIRED) for key, spec in keys.items()}
            for part, keys in _schema().items() if part != TUNABLES}


@lru_cache(maxsize=None)
def tunables() -> dict[str, int | float]:
    """{"module.name": value} of `[tunables]` in `pack/lang/schema.toml`: every
    entry a number (`"people.not_a_person.kind_list_reach" = ["number", 10]`)."""
    out = {}
    for key, spec in _schema()[TUNABLES].items():
        if len(spec) != 2 or spec[0] != "number" or not _fits(spec[1], "number"):
            raise LookupError(f"pack/lang/schema.toml [{TUNABLES}]: {key!r} must be [\"number\", value]")
        out[key] = spec[1]
    return out


def tunables_of(module: str) -> tuple[int | float, ...]:
    """The values of `[tunables]` of the module ("pack.extract.people.entries": keys
    "people.entries.<name>"), in the order declared: the module unpacks them into its
    names (`MATTERS, CONTEXT_MENTIONS, ... = tunables_of(__name__)`), which the schema
    test holds to the keys ("people.entries.matters": MATTERS)."""
    prefix = module.removeprefix("pack.extract.") + "."
    return tuple(value for key, value in tunables().items()
                 if key.startswith(prefix) and "." not in key[len(prefix):])


class Declared(dict):
    """A table of language data: reading a key the schema does not declare is a bug."""

    __slots__ = ("where",)

    def __init__(self, values: dict, where: str):
        super().__init__(values)
        self.where = where

    def __reduce__(self):
        return Declared, (dict(self), self.where)

    def get(self, key, default=None):
        if key in self:
            return dict.__getitem__(self, key)
        raise LookupError(f"{self.where}: {key!r} is not declared in pack/lang/schema.toml")


def parse(path: Path, where: str) -> dict:
    """The TOML file at `path` (an empty dict if there is none)."""
    if not path.is_file():
        return {}
    try:
        return kept_toml(path)      # kept parsed beside it (pack.derived: tomllib is slow)
    except ValueError as error:
        import tomllib      # imported only to parse (pack.derived.kept_toml)
        if not isinstance(error, tomllib.TOMLDecodeError):
            raise
        raise ConfigError(f"not valid TOML: {error}", where=where,
                          hint="Fix the line named; pack/lang/en/ has a file of the same name to compare.")


def checked(data: dict, part: str, where: str) -> dict:
    """`data` of the file `part` checked against the schema, defaults filled in."""
    keys = declared().get(part)
    if keys is None:
        raise LookupError(f"{where}: no schema for {part}.toml in pack/lang/schema.toml")
    flat = dict(_flatten(data, "", keys))
    for key, value in flat.items():
        if key not in keys:
            raise ConfigError(f"unknown key {key!r}", where=where,
                              hint=f"The keys a {part}.toml may have are listed in pack/lang/schema.toml.")
        if not _fits(value, keys[key][0]):
            raise ConfigError(f"{key!r} must be {_describe(keys[key][0])}", where=where)
    for key, (_, default) in keys.items():
        if key in flat:
            continue
        if default is REQUIRED:
            raise ConfigError(f"required key {key!r} is missing", where=where,
                              hint=f"Add it; pack/lang/en/{part}.toml shows an example.")
        flat[key] = copy.copy(default)       # (a file's own list is never the schema's)
    return _nested(flat, keys, where)


def _flatten(data: dict, prefix: str, keys: dict):
    """(dotted key, value) pairs; a table the schema declares as one value stays whole."""
    for name, value in data.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict) and key not in keys:
            yield from _flatten(value, f"{key}.", keys)
        else:
            yield key, value


def _nested(flat: dict, keys: dict, where: str) -> dict:
    checking = os.environ.get(CHECK_READS) == "1"
    root = Declared({}, where) if checking else {}
    tables = {"": root}
    for key in sorted(flat):
        *path, name = key.split(".")
        table = root
        for depth in range(len(path)):
            prefix = ".".join(path[:depth + 1])
            if prefix not in tables:
                tables[prefix] = Declared({}, f"{where} [{prefix}]") if checking else {}
                dict.__setitem__(table, path[depth], tables[prefix])
            table = tables[prefix]
        dict.__setitem__(table, name, flat[key])
    return root


ITEM_TYPES = {"str": str, "list": list, "table": dict}


def _fits(value, kind: str) -> bool:
    if kind == "str":
        return isinstance(value, str)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool) and not math.isnan(value)
    if kind.startswith("list["):
        item = ITEM_TYPES[kind[5:-1]]
        return isinstance(value, list) and all(isinstance(x, item) for x in value)
    if kind.startswith("table["):
        return isinstance(value, dict) and all(_fits(x, kind[6:-1]) for x in value.values())
    raise LookupError(f"pack/lang/schema.toml: unknown type {kind!r}")


def _describe(kind: str) -> str:
    return {"str": "a string", "bool": "true or false", "number": "a number",
            "list[str]": "a list of strings", "list[list]": "a list of lists",
            "list[table]": "a list of tables", "table[str]": "a table of strings",
            "table[number]": "a table of numbers"}.get(kind, kind)
