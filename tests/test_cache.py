"""The extraction cache: a hit skips the extractors, any change misses."""

from __future__ import annotations

import hashlib

import pytest

from pack import cache
from pack.config import Settings
from pack.extract import run
from pack.read import read_article


def article_file(tmp_path, text="Intro paragraph about a town in 1900.\n\n== History ==\nFounded in 1850 by traders.\n"):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TEACHPACK_CACHE", str(tmp_path / "cache"))


def test_second_extraction_comes_from_the_cache(tmp_path, monkeypatch, private_cache):
    article = read_article(article_file(tmp_path), lang="en")
    settings = Settings(appendices=("timeline",))
    first = run.extract_all([article], settings)
    monkeypatch.setattr(run, "extract_article", lambda *a: pytest.fail("extractors ran again"))
    second = run.extract_all([article], settings)
    assert second == first and second.timeline


def test_changed_text_or_settings_miss(tmp_path, private_cache):
    article = read_article(article_file(tmp_path), lang="en")
    other = read_article(article_file(tmp_path, "Intro paragraph about a town in 1901.\n"), lang="en")
    base = Settings(appendices=("timeline",))
    assert cache.cache_key(article, base) != cache.cache_key(other, base)
    assert cache.cache_key(article, base) != cache.cache_key(article, Settings(appendices=("glossary",)))
    assert cache.cache_key(article, base) == cache.cache_key(article, Settings(appendices=("timeline",), theme="ereader"))


def test_broken_entry_is_ignored_and_off_disables(tmp_path, monkeypatch, private_cache):
    article = read_article(article_file(tmp_path), lang="en")
    key = cache.cache_key(article, Settings())
    folder = cache.cache_dir()
    folder.mkdir(parents=True)
    (folder / f"{key}.json").write_bytes(b"not json")
    assert cache.load(key) is None
    monkeypatch.setenv("TEACHPACK_CACHE", "off")
    assert cache.cache_dir() is None and cache.load(key) is None


# ------------------------------------------------ what the key covers, what an entry is

ARTICLE = """Ancient Rome is a museum in York, a city in the north of England founded in 1068.

== Early history ==
In 1190 the castle of York was burned. The Minster, a cathedral, was finished in 1472 by the masons of the city.

During the Civil War, in 1644, the city was besieged by Parliament. Thomas Fairfax led the siege.

== Modern times ==
The railway reached York in 1839. George Hudson, a banker, built the station in 1877.

The museum, Ancient Rome, opened in 1931 and was rebuilt in 1984.
"""


def test_the_key_covers_the_articles_title(tmp_path):
    article = read_article(article_file(tmp_path), lang="en")
    retitled = read_article(article_file(tmp_path), lang="en", title="Another title")
    assert cache.cache_key(article, Settings()) != cache.cache_key(retitled, Settings())


def test_the_key_covers_every_setting_but_the_look(tmp_path):
    article = read_article(article_file(tmp_path), lang="en")
    base = cache.cache_key(article, Settings())
    assert cache.cache_key(article, Settings(glossary_entries=5)) != base
    assert cache.cache_key(article, Settings(theme="ereader", paper="A5", title="X")) == base


class _Recording(Settings):
    """Settings that note every field an extractor reads."""

    read: set = set()

    def __getattribute__(self, name):
        if not name.startswith("_"):
            _Recording.read.add(name)
        return super().__getattribute__(name)


def test_the_extractors_read_no_setting_the_key_leaves_out(tmp_path, private_cache):
    from dataclasses import fields
    article = read_article(article_file(tmp_path, ARTICLE), lang="en")
    _Recording.read = set()
    run.extract_article(article, _Recording())
    names = {f.name for f in fields(Settings)}
    assert _Recording.read & names                      # the recorder sees what is read
    assert not (_Recording.read & cache.LOOK_ONLY)


def test_entries_are_data_and_read_back_exactly(tmp_path, private_cache):
    article = read_article(article_file(tmp_path, ARTICLE), lang="en")
    found = run.extract_article(article, Settings())
    assert found.timeline and found.questions and found.glossary
    key = cache.cache_key(article, Settings())
    cache.store(key, found)
    entry = (cache.cache_dir() / f"{key}.json").read_bytes()
    assert entry.startswith(b"{") and b"pickle" not in entry
    assert cache.load(key) == found


def test_an_entry_keeps_the_order_of_its_dicts(tmp_path, private_cache):
    # JSON written with sorted keys brought the objectives back as ch1, ch10, ch2.
    from pack.model import Extracted
    found = Extracted(objectives={f"ch{n}": [f"Objective {n}"] for n in range(1, 12)})
    cache.store("order", found)
    read = cache.load("order")
    assert read == found and list(read.objectives) == [f"ch{n}" for n in range(1, 12)]


def test_a_changed_or_planted_entry_is_never_used(tmp_path, private_cache):
    import json
    article = read_article(article_file(tmp_path, ARTICLE), lang="en")
    found = run.extract_article(article, Settings())
    key = cache.cache_key(article, Settings())
    cache.store(key, found)
    path = cache.cache_dir() / f"{key}.json"
    entry = json.loads(path.read_bytes())
    entry["payload"]["glossary"][0]["term"] = "Planted"
    path.write_text(json.dumps(entry))
    assert cache.load(key) is None                      # the checksum no longer matches
    entry["sha256"] = hashlib.sha256(cache._json(entry["payload"], sorted_keys=True)).hexdigest()
    entry["key"] = "another"
    path.write_text(json.dumps(entry))
    assert cache.load(key) is None                      # an entry moved to another key's name
    marker = tmp_path / "ran"
    pickled = b"cos\nsystem\n(S'touch " + str(marker).encode() + b"'\ntR."
    (cache.cache_dir() / f"{key}.pickle").write_bytes(pickled)
    path.unlink()
    assert cache.load(key) is None and not marker.exists()


@pytest.mark.parametrize("change", ["renamed", "retitled", "edited"])
def test_the_same_book_with_the_cache_on_and_off(tmp_path, private_cache, change):
    from click.testing import CliRunner
    from conftest import EPOCH
    from pack.cli import main
    first = tmp_path / "en-ancient-rome.txt"         # the title comes from the lead and the file name
    first.write_text(ARTICLE, encoding="utf-8")
    heading = "# Ancient Rome\n\n" + ARTICLE.replace("== ", "## ").replace(" ==", "")
    if change == "retitled":                          # the title comes from the Markdown heading
        first = first.with_suffix(".md")
        first.write_text(heading, encoding="utf-8")
    changed = {"renamed": (tmp_path / "en-old-york.txt", ARTICLE),
               "retitled": (first, heading.replace("# Ancient Rome", "# The Romans", 1)),
               "edited": (first, ARTICLE.replace("burned", "burnt"))}[change]

    def build(path, out, cache_setting):
        result = CliRunner().invoke(main, ["build", str(path), "--format", "epub", "--out", str(out), "-q"],
                                    env={"SOURCE_DATE_EPOCH": EPOCH, "TEACHPACK_CACHE": cache_setting})
        assert result.exit_code == 0, result.output
        return next(out.rglob("*.epub")).read_bytes()
    cached = str(tmp_path / "cache")
    build(first, tmp_path / "warm", cached)              # the cache holds the first version
    path, text = changed
    if path != first:
        first.rename(path)
    path.write_text(text, encoding="utf-8")
    assert build(path, tmp_path / "on", cached) == build(path, tmp_path / "off", "off")
