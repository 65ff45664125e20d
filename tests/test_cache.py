"""The extraction cache: a hit skips the extractors, any change misses."""

from __future__ import annotations

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
    (folder / f"{key}.pickle").write_bytes(b"not a pickle")
    assert cache.load(key) is None
    monkeypatch.setenv("TEACHPACK_CACHE", "off")
    assert cache.cache_dir() is None and cache.load(key) is None
