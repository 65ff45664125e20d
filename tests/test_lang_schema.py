"""The language-data schema (pack/lang/schema.toml, checked by pack/lang/schema.py).

Every file under pack/lang/ passes it; every key the extractors read is
declared (a read of an undeclared key raises, so extracting both
languages' samples proves it for every key read on the way); a broken
language file is one clear message naming the file and the key, with the
documented exit status, never a traceback.
"""

from __future__ import annotations

import importlib
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

import pack.lang as langdata
from pack.cli import main
from pack.config import Settings
from pack.errors import ConfigError
from pack.extract.run import extract_article
from pack.lang import schema
from pack.read import read_article

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "assets" / "samples"
PARTS = sorted(schema.declared())
# A module-level number in pack/extract/ ("KIND_LIST_REACH = 10"), one or several at once.
WRITTEN_NUMBER = re.compile(r"^([A-Z_][A-Z0-9_]*(?:, [A-Z_][A-Z0-9_]*)*) = -?\d", re.M)
# Numbers there that are no threshold of what is printed: a cache's size, a sort key's
# encoding, the glossary's tier numbers.
NOT_TUNABLE = {"MAX_TABLES", "BCE_KEY_BASE", "TIERS", "HELD_BACK"}


def test_every_language_file_passes_the_schema():
    files = sorted(langdata.LANG_DIR.glob("*/*.toml"))
    assert {f.stem for f in files} <= set(PARTS), "a language file with no schema"
    for path in files:
        data = langdata.load(path.parent.name, path.stem)
        assert set(data) >= {key.split(".")[0] for key in schema.declared()[path.stem]}


def test_every_language_has_every_file():
    for code in langdata.available():
        assert sorted(p.stem for p in (langdata.LANG_DIR / code).glob("*.toml")) == PARTS, code


def test_a_key_left_out_takes_the_schema_default():
    data = schema.checked({"candidates": {"rare_zipf": 3.0, "key_zipf": 3.0, "collocation_zipf": 3.0,
                                          "subject_collocation_zipf": 3.0}}, "glossary", "x.toml")
    assert data["candidates"]["key_count"] == 1
    assert data["text"]["function_words"] == []
    assert data["definitions"]["class_head_first"] is True


def test_every_threshold_of_the_extractors_is_declared_once_with_why():
    # pack/lang/schema.toml [tunables]: each a number, with a comment saying why, and the value
    # the module it names uses under the name (`"people.not_a_person.kind_list_reach"`: KIND_LIST_REACH).
    text = schema.SCHEMA_FILE.read_text(encoding="utf-8").split("[tunables]", 1)[1]
    for key, value in schema.tunables().items():
        assert re.search(rf'^"{re.escape(key)}" = \["number", [^\]]+\]\s+# \S', text, re.M), key
        module, name = key.rsplit(".", 1)
        assert getattr(importlib.import_module(f"pack.extract.{module}"), name.upper()) == value, key


def test_no_threshold_of_the_extractors_is_written_in_the_code():
    written = {f"{path.relative_to(ROOT)}: {m.group(1)}"
               for path in sorted((ROOT / "pack" / "extract").rglob("*.py"))
               for m in WRITTEN_NUMBER.finditer(path.read_text(encoding="utf-8"))
               if not set(m.group(1).split(", ")) <= NOT_TUNABLE}
    assert not written, "declare these in pack/lang/schema.toml [tunables]"


def test_reading_an_undeclared_key_is_refused():
    data = langdata.load("en", "glossary")
    with pytest.raises(LookupError, match="not declared"):
        data["candidates"].get("no_such_key", 1)


@pytest.mark.parametrize("name", ["id-stalin", "en-history-of-aluminium"])
def test_extraction_reads_only_declared_keys(name):
    article = read_article(SAMPLES / f"{name}.txt")
    article = replace(article, chapters=article.chapters[:3])    # every extractor, in seconds
    found = extract_article(article, Settings())
    assert found.glossary and found.timeline and found.questions


@pytest.mark.parametrize("content, key", [
    ('[candidates]\nrare_zipf = "low"\n', "candidates.rare_zipf"),            # wrong type
    ('[candidates]\nrare_zip = 3.0\n', "candidates.rare_zip"),                # unknown key (a typo)
    ('[text]\nfunction_words = ["the"]\n', "candidates.collocation_zipf"),    # required key missing
    ('[candidates\nrare_zipf = 3.0\n', "line 1"),                             # not TOML
])
def test_a_broken_language_file_is_one_clear_message(tmp_path, monkeypatch, content, key):
    monkeypatch.setattr(langdata, "LANG_DIR", _languages_with_a_broken_glossary(tmp_path, content))
    with pytest.raises(ConfigError) as raised:
        langdata.load(NEW, "glossary")
    assert f"pack/lang/{NEW}/glossary.toml" in str(raised.value) and key in str(raised.value)


def test_a_build_in_a_broken_language_stops_with_one_message(tmp_path, monkeypatch):
    monkeypatch.setattr(langdata, "LANG_DIR", _languages_with_a_broken_glossary(
        tmp_path, '[candidates]\nrare_zipf = "low"\n'))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(SAMPLES / "en-toronto.txt"), "--lang", NEW,
                                       "--format", "epub", "--out", str(out)])
    assert result.exit_code == ConfigError.exit_code, result.output
    assert f"pack/lang/{NEW}/glossary.toml: 'candidates.rare_zipf' must be a number" in result.output
    assert "Traceback" not in result.output
    assert not list(out.rglob("*.epub"))


# A language teachpack does not ship but the word frequencies know (Dutch):
# a copy of the English files under its code, with a glossary.toml given.
NEW = "nl"


def _languages_with_a_broken_glossary(tmp_path: Path, content: str) -> Path:
    folder = tmp_path / "lang"
    shutil.copytree(langdata.LANG_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    shutil.copytree(folder / "en", folder / NEW)
    (folder / NEW / "glossary.toml").write_text(content, encoding="utf-8")
    return folder
