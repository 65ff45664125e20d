"""pack.derived: a kept copy gives what deriving again gives, and is used only while it fits its source."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from pack.derived import derived, kept_toml
from pack.extract.glossary import keep
from pack.extract.timeline import keymodel
from pack.lang import LANG_DIR, schema


class Counting:
    """A derivation that counts its runs: the parsed TOML of the file."""

    def __init__(self):
        self.runs = 0

    def __call__(self, path):
        self.runs += 1
        return tomllib.loads(path.read_text("utf-8"))


@pytest.fixture
def writing(monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)      # the test run may forbid bytecode


def test_a_kept_copy_is_read_back_instead_of_deriving_again(tmp_path, writing):
    source = tmp_path / "data.toml"
    source.write_text('a = [1, 2.5, "x"]\n[b]\nc = true\n', "utf-8")
    make = Counting()
    first = derived(source, "toml", tmp_path / "kept", make)
    second = derived(source, "toml", tmp_path / "kept", make)
    assert first == second == {"a": [1, 2.5, "x"], "b": {"c": True}}
    assert make.runs == 1


def test_a_changed_source_is_derived_again(tmp_path, writing):
    source = tmp_path / "data.toml"
    source.write_text("a = 1\n", "utf-8")
    make = Counting()
    derived(source, "toml", tmp_path, make)
    source.write_text("a = 22\n", "utf-8")                     # another size
    assert derived(source, "toml", tmp_path, make) == {"a": 22}
    stat = source.stat()
    source.write_text("a = 33\n", "utf-8")                     # the same size, another time
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert derived(source, "toml", tmp_path, make) == {"a": 33}
    assert make.runs == 3


def test_a_changed_further_source_is_derived_again(tmp_path, writing):
    source, other = tmp_path / "data.toml", tmp_path / "other.txt"
    source.write_text("a = 1\n", "utf-8")
    make = Counting()
    derived(source, "toml", tmp_path, make, also=(other,))        # missing: a state of its own
    other.write_text("x", "utf-8")
    derived(source, "toml", tmp_path, make, also=(other,))
    assert derived(source, "toml", tmp_path, make, also=(other,)) == {"a": 1}
    other.write_text("xy", "utf-8")
    derived(source, "toml", tmp_path, make, also=(other,))
    assert make.runs == 3


def test_a_broken_copy_is_ignored(tmp_path, writing):
    source = tmp_path / "data.toml"
    source.write_text("a = 1\n", "utf-8")
    make = Counting()
    derived(source, "toml", tmp_path, make)
    for kept in tmp_path.glob("*.marshal"):
        kept.write_bytes(kept.read_bytes()[:7])
    assert derived(source, "toml", tmp_path, make) == {"a": 1}
    assert make.runs == 2


def test_nothing_is_written_when_bytecode_is_not(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    source = tmp_path / "data.toml"
    source.write_text("a = 1\n", "utf-8")
    assert derived(source, "toml", tmp_path / "kept", Counting()) == {"a": 1}
    assert not (tmp_path / "kept").exists()


def test_a_value_marshal_cannot_hold_is_returned_without_a_copy(tmp_path, writing):
    source = tmp_path / "data.toml"
    source.write_text("a = 1979-05-27\n", "utf-8")            # a date
    value = derived(source, "toml", tmp_path / "kept", Counting())
    assert str(value["a"]) == "1979-05-27"
    assert list((tmp_path / "kept").glob("*.marshal")) == []


def test_every_language_file_reads_as_tomllib_parses_it():
    files = sorted(LANG_DIR.glob("*/*.toml")) + [schema.SCHEMA_FILE]
    assert len(files) > 20
    for path in files:
        with path.open("rb") as handle:
            assert kept_toml(path) == tomllib.load(handle), path


def test_the_models_read_as_tomllib_parses_them(writing):
    for path in (keep.MODEL_FILE, keymodel.MODEL_FILE):
        with path.open("rb") as handle:
            parsed = tomllib.load(handle)
        assert kept_toml(path) == parsed, path        # made (or read back)
        assert kept_toml(path) == parsed, path        # read back


def test_a_kept_toml_is_read_without_importing_tomllib(tmp_path, writing):
    path = tmp_path / "data.toml"
    path.write_text('a = [1, 2.5, "x"]\n[b]\nc = [[0, 1.5, -2.0, 3.0]]\n', encoding="utf-8")
    want = {"a": [1, 2.5, "x"], "b": {"c": [[0, 1.5, -2.0, 3.0]]}}
    assert kept_toml(path) == want
    code = (f"import sys; from pathlib import Path; from pack.derived import kept_toml; "
            f"assert kept_toml(Path({str(path)!r})) == {want!r}; print('tomllib' in sys.modules)")
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "False"
