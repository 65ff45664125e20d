"""A teacher's review survives the article changing a little: a deleted
entry stays deleted after a one-comma edit of its sentence, reviewed
entries that fell past a list's size limit are kept (they are still in
the article), and a file whose only change was a deletion is backed up."""

from __future__ import annotations

import re
import tomllib

import pytest
from click.testing import CliRunner

from coursekit import ARTICLE_EN, epub_file, fake_extract, make_course
from pack.cli import main
from pack.model import Reference, TimelineEvent

COURSE = ('[sources]\nfiles = ["a.txt"]\n[output]\nformats = ["epub"]\n'
          '[appendices]\ninclude = ["glossary", "timeline"]\nglossary_entries = {cap}\n')


def _extract(articles, settings):
    """The stand-in lists, with each event's text its whole sentence (as
    the real timeline's is) and the glossary cut at the size limit."""
    found = fake_extract(articles, settings)
    found.glossary = found.glossary[:settings.glossary_entries]
    found.timeline = []
    for article in articles:
        for chapter, paragraph in article.paragraphs():
            for year in re.findall(r"\b1\d{3}\b", paragraph.text):
                found.timeline.append(TimelineEvent(year, "year", year, paragraph.text,
                                                    Reference(paragraph.id, chapter.id),
                                                    sort_key=year, key=True, id=f"ev-{year}"))
    return found


@pytest.fixture
def stand_in(monkeypatch):
    monkeypatch.setattr("pack.build.extract_all", _extract)
    monkeypatch.setattr("pack.render.epub.packed_fonts", lambda *args: [])


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def _keys(path) -> list[str]:
    return list(tomllib.loads(path.read_text(encoding="utf-8")))


def _without_section(text: str, key_part: str) -> str:
    """The review file with the [section] whose key holds `key_part` deleted."""
    blocks = re.split(r"(?m)^(?=\[)", text)
    return "".join(b for b in blocks if not (b.startswith("[") and key_part in b.split("]")[0]))


def test_a_deleted_event_stays_deleted_after_a_comma_edit(tmp_path, stand_in):
    course = make_course(tmp_path / "c", COURSE.format(cap=60), {"a.txt": ARTICLE_EN})
    run("extract", course)
    path = course / "review" / "timeline.toml"
    path.write_text(_without_section(path.read_text(encoding="utf-8"), "1917"), encoding="utf-8")
    assert not [key for key in _keys(path) if key.startswith("1917")]
    (course / "a.txt").write_text(ARTICLE_EN.replace("In 1917 Alpha", "In 1917, Alpha"), encoding="utf-8")
    result = run("build", course)
    assert result.exit_code == 0, result.output
    assert "new entry" not in result.output
    timeline = epub_file(course / "output" / "a" / "a.epub", "text/timeline.xhtml")
    assert "1953" in timeline and "1917" not in timeline
    lines = run("extract", course).output.splitlines()
    assert lines[1].startswith("timeline: 0 new entries, 0 no longer found")
    assert not [key for key in _keys(path) if key.startswith("1917")] and len(_keys(path)) == 1


def test_reviewed_entries_past_the_size_limit_are_kept(tmp_path, stand_in):
    course = make_course(tmp_path / "c", COURSE.format(cap=60), {"a.txt": ARTICLE_EN})
    run("extract", course)
    before = _keys(course / "review" / "glossary.toml")
    assert len(before) >= 4
    (course / "course.toml").write_text(COURSE.format(cap=2), encoding="utf-8")
    lines = run("extract", course).output.splitlines()
    assert lines[0].startswith("glossary: 0 new entries, 0 no longer found"), lines
    after = _keys(course / "review" / "glossary.toml")
    assert after == before
    assert run("build", course).exit_code == 0
    glossary = epub_file(course / "output" / "a" / "a.epub", "text/glossary.xhtml")
    assert all(f'id="gl-{key}"' in glossary for key in before)


def test_a_file_whose_only_change_is_a_deletion_is_backed_up(tmp_path, stand_in):
    course = make_course(tmp_path / "c", COURSE.format(cap=60), {"a.txt": ARTICLE_EN})
    run("extract", course)
    path = course / "review" / "glossary.toml"
    mine = _without_section(path.read_text(encoding="utf-8"), "beta")
    path.write_text(mine, encoding="utf-8")
    line = run("extract", course).output.splitlines()[0]
    assert line.endswith("(your previous file: review/glossary.toml.bak)")
    assert (course / "review" / "glossary.toml.bak").read_text(encoding="utf-8") == mine
