"""Review files: writing, reading, the three-way merge, edits surviving a
rebuild and a re-extract, backups, and the file format itself."""

from __future__ import annotations

import re
import tomllib

import pytest
from click.testing import CliRunner
from hypothesis import given, strategies as st

from coursekit import ARTICLE_ID, epub_file, fake_extract, fast, make_course, write  # noqa: F401
from pack.build import read_articles
from pack.cli import main
from pack.config import Settings
from pack.model import Extracted, Question, QuizItem, Reference, TimelineEvent
from pack.review import Reviews, load_reviews, merge
from pack.review.kinds import KINDS, ReviewContext, precision_of, slug_key, unique_keys
from pack.review.text import review_text, toml_string

COURSE = """[sources]
files = ["a.txt"]
[output]
formats = ["epub"]
[appendices]
include = ["glossary", "people", "timeline", "questions"]
"""
BUILD_LISTS = '[appendices]\ninclude = ["glossary", "people", "questions"]\n'


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


# ------------------------------------------------------------------ merge


def test_merge_keeps_edits_deletions_and_additions():
    base = {"a": {"t": "A", "d": "old"}, "b": {"t": "B", "d": "b"}, "c": {"t": "C", "d": "c"},
            "g": {"t": "G", "d": "g"}, "h": {"t": "H", "d": "h"}}
    mine = {"a": {"t": "A", "d": "mine"}, "c": {"t": "C", "d": "c"}, "g": {"t": "G", "d": "g"},
            "h": {"t": "H", "d": "edited"}, "z": {"t": "Z", "d": "added"}}
    fresh = {"a": {"t": "A", "d": "new text"}, "b": {"t": "B", "d": "b"},
             "c": {"t": "C", "d": "c, updated"}, "n": {"t": "N", "d": "n"}}
    merged = merge(fresh, mine, base)
    assert merged.entries == {
        "a": {"t": "A", "d": "mine"},          # the teacher's field wins
        "c": {"t": "C", "d": "c, updated"},    # an untouched field follows the article
        "n": {"t": "N", "d": "n"},             # new since the last extract
        "h": {"t": "H", "d": "edited"},        # gone from the article, kept: it was edited
        "z": {"t": "Z", "d": "added"},         # the teacher's own entry
    }                                          # b: deleted by the teacher; g: gone, unedited
    assert (merged.new, merged.gone, merged.edited, merged.added, merged.deleted) == \
        (["n"], ["g", "h"], ["a", "h"], ["z"], ["b"])
    assert merged.teacher_edits() == 4


def test_merge_without_a_review_file_is_what_was_found():
    fresh = {"a": {"t": "A"}}
    assert merge(fresh, None, None).entries == fresh


def test_a_field_the_teacher_deleted_keeps_what_was_found():
    merged = merge({"a": {"t": "A", "d": "new"}}, {"a": {"t": "A"}}, {"a": {"t": "A", "d": "old"}})
    assert merged.entries == {"a": {"t": "A", "d": "new"}} and not merged.edited


# ------------------------------------------------------------------ format


@given(st.text())
def test_any_text_survives_the_toml_writer(text):
    assert tomllib.loads(f"x = {toml_string(text)}")["x"] == text


def test_keys_are_stable_and_unique():
    assert slug_key("Partai Buruh Demokrat Sosial Rusia") == "partai-buruh-demokrat-sosial-rusia"
    assert slug_key("Škoda") == "skoda"
    assert re.fullmatch(r"x-[0-9a-f]{6}", slug_key("ჯუღაშვილი"))
    assert unique_keys(["a", "b", "a", "a"]) == ["a", "b", "a-2", "a-3"]
    assert precision_of("1932/1933") == "range" and precision_of("1917-10") == "month"


def test_items_round_trip_through_their_fields(tmp_path):
    articles = read_articles([write(tmp_path / "a.txt", ARTICLE_ID)], Settings())
    found = fake_extract(articles, Settings())
    found.timeline[0].note = "K.J.: 6 Desember"
    found.questions[1] = Question("Mengapa?", "analyze", "cause", "ch1", Reference("ch1-p1", "ch1"),
                                  "Pada tahun 1917", ["Alpha", "Gamma"], 0.5, "q-x")
    found.quiz = [QuizItem("choice", "Apa itu Alpha?", ["a", "b", "c", "d"], "b", Reference("ch1-p1", "ch1"),
                           "quiz-1", "glossary"), QuizItem("fill", "Pada tahun _____ ...", [], "1917")]
    context = ReviewContext(articles, [])
    for kind in KINDS:
        for item in getattr(found, kind.name):
            key = kind.key_of(item)
            assert kind.from_fields(key, kind.to_fields(item), item, context) == item


def test_a_review_file_reads_back_as_written():
    kind = KINDS[0]
    from pack.review import Merged
    entries = {"alpha": {"term": "Alpha \"A\"", "definition": "line\nbreak", "kind": "context",
                         "variants": ["Alfa"], "refs": [f"ch1-p{i}" for i in range(1, 30)]}}
    text = review_text(kind, Merged(entries=entries, new=["alpha"]), "en", "glossary.toml")
    assert tomllib.loads(text) == entries
    assert "# new since the last extract\n[alpha]\n" in text
    assert "refs = [\n  \"ch1-p1\",\n" in text          # long lists: one item a line


# ------------------------------------------------------------------ extract


def test_first_extract_writes_commented_files_in_the_books_language(tmp_path, fast):
    course = make_course(tmp_path / "c", COURSE)
    result = run("extract", course)
    assert result.output.splitlines() == [
        "glossary: 4 entries written to review/glossary.toml",
        "people: 1 entry written to review/people.toml",
        "timeline: 2 entries written to review/timeline.toml",
        "questions: 3 entries written to review/questions.toml",
        "quiz: 0 entries written to review/quiz.toml",
    ]
    text = (course / "review" / "glossary.toml").read_text(encoding="utf-8")
    assert text.startswith("# Glosarium kursus ini, ditulis oleh `teachpack extract`.\n")
    assert '[alpha]\nterm = "Alpha"\ndefinition = "Alpha as the article defines it"\n' in text
    assert (course / "review" / ".extracted" / "glossary.toml").is_file()
    again = run("extract", course)
    assert again.output.splitlines()[0] == "glossary: 0 new entries, 0 no longer found, 0 teacher edits kept"
    assert not list((course / "review").glob("*.bak*"))         # nothing edited: no backup


def teacher_edits(course) -> str:
    """Edit Alpha, delete Beta, add Omega (with no refs: teachpack finds them)."""
    path = course / "review" / "glossary.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('definition = "Alpha as the article defines it"', 'definition = "Our own words"')
    text = re.sub(r"\[beta\]\n(?:[^\[\n].*\n)*", "", text)
    text += '\n[omega]\nterm = "Omega"\ndefinition = "The last letter"\nrefs = []\n'
    path.write_text(text, encoding="utf-8")
    return text


def test_edits_survive_a_rebuild_and_a_re_extract(tmp_path, fast):
    course = make_course(tmp_path / "c", COURSE)
    run("extract", course)
    edited = teacher_edits(course)
    (course / "course.toml").write_text(COURSE.split("[appendices]")[0] + BUILD_LISTS)

    def glossary() -> str:
        assert run("build", course, "-q").exit_code == 0
        return epub_file(course / "output" / "a" / "a.epub", "text/glossary.xhtml")

    built = glossary()
    assert "Our own words" in built and "The last letter" in built
    assert 'id="gl-beta"' not in built and 'id="gl-delta"' in built
    assert 'href="ch2.xhtml#gl-omega-u0"' in built              # found where Omega is used

    # The article changes: Delta goes, Epsilon comes.
    (course / "a.txt").write_text(ARTICLE_ID.replace("Delta", "Epsilon"), encoding="utf-8")
    (course / "course.toml").write_text(COURSE)
    lines = run("extract", course).output.splitlines()
    assert lines[0] == ("glossary: 1 new entry, 1 no longer found, 3 teacher edits kept "
                        "(your previous file: review/glossary.toml.bak)")
    assert (course / "review" / "glossary.toml.bak").read_text(encoding="utf-8") == edited
    text = (course / "review" / "glossary.toml").read_text(encoding="utf-8")
    assert "# baru sejak ekstraksi terakhir\n[epsilon]\n" in text
    assert "[delta]" not in text and "[beta]" not in text and 'definition = "Our own words"' in text

    (course / "course.toml").write_text(COURSE.split("[appendices]")[0] + BUILD_LISTS)
    rebuilt = glossary()
    assert "Our own words" in rebuilt and "The last letter" in rebuilt and 'id="gl-epsilon"' in rebuilt
    assert 'id="gl-beta"' not in rebuilt and 'id="gl-delta"' not in rebuilt

    run("extract", course)             # unedited since: a second backup only if touched
    assert not (course / "review" / "glossary.toml.bak2").exists()


def test_a_second_backup_never_overwrites_the_first(tmp_path, fast):
    course = make_course(tmp_path / "c", COURSE)
    run("extract", course)
    teacher_edits(course)
    run("extract", course)
    path = course / "review" / "glossary.toml"
    path.write_text(path.read_text(encoding="utf-8") + "# a note of mine\n", encoding="utf-8")
    assert run("extract", course).output.splitlines()[0].endswith(
        "(your previous file: review/glossary.toml.bak2)")
    assert "# a note of mine" in (course / "review" / "glossary.toml.bak2").read_text(encoding="utf-8")


def test_new_entries_found_at_build_time_are_warned_about(tmp_path, fast):
    course = make_course(tmp_path / "c", COURSE.split("[appendices]")[0] + BUILD_LISTS)
    run("extract", course)
    (course / "a.txt").write_text(ARTICLE_ID.replace("Delta", "Epsilon"), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(course), "-q"])
    assert ("warning: review/glossary.toml: 1 new entry found in the article, not reviewed yet; "
            "run `teachpack extract` to add them to the file") in result.output


# ------------------------------------------------------------------ reading


def test_problems_in_a_review_file_are_listed_with_their_keys(tmp_path):
    course = make_course(tmp_path / "c", COURSE)
    write(course / "review" / "glossary.toml", 'stray = 1\n[alpha]\nterm = 3\ndefinitoin = "x"\n'
          '[beta]\ndefinition = "no term"\nkind = "definiton"\n')
    result = CliRunner().invoke(main, ["build", str(course)])
    assert result.exit_code == 4
    assert result.output.splitlines()[1:6] == [
        "  review/glossary.toml: stray: expected a [stray] section with term, definition, kind, "
        "variants, refs; is a '[' line missing above it?",
        "  review/glossary.toml: alpha.term: expected a text in quotes, got 3",
        "  review/glossary.toml: alpha.definitoin: unknown key (did you mean 'definition'?)",
        "  review/glossary.toml: beta.kind: unknown kind 'definiton' (did you mean 'definition'?)",
        "  review/glossary.toml: beta.term: required, but missing",
    ]


def test_unknown_paragraphs_and_chapters_are_warned_about_and_left_out(tmp_path):
    articles = read_articles([write(tmp_path / "a.txt", ARTICLE_ID)], Settings())
    course = tmp_path / "c"
    write(course / "review" / "timeline.toml", '[x]\ndate = "1920"\niso = "1920"\ntext = "Something"\n'
          'ref = "ch9-p9"\n')
    write(course / "review" / "questions.toml", '[q]\ntext = "Why?"\nchapter = "ch7"\n')
    warnings: list[str] = []
    result = load_reviews(course, ("timeline", "questions")).apply(Extracted(), articles, warnings)
    assert warnings == [
        "review/timeline.toml: x: no paragraph 'ch9-p9' in the article; the reference is left out",
        "review/questions.toml: q: no chapter 'ch7'; the question goes with the whole book"]
    assert result.timeline[0].ref is None and result.timeline[0].key is True
    assert result.questions[0].chapter_id == "" and result.questions[0].bloom == "understand"


def test_an_edited_date_sorts_the_timeline_again(tmp_path):
    articles = read_articles([write(tmp_path / "a.txt", ARTICLE_ID)], Settings())
    found = Extracted(timeline=[
        TimelineEvent("1917", "year", "1917", "A", Reference("ch1-p1", "ch1"), sort_key="1917", id="e1"),
        TimelineEvent("1953", "year", "1953", "B", Reference("ch2-p1", "ch2"), sort_key="1953", id="e2")])
    kind = KINDS[2]
    keys = [kind.key_of(e) for e in found.timeline]
    fields = {k: kind.to_fields(e) for k, e in zip(keys, found.timeline)}
    edited = {keys[0]: dict(fields[keys[0]], iso="1960-05", date="Mei 1960"), keys[1]: fields[keys[1]]}
    reviews = Reviews([_review_file(kind, edited, fields)])
    events = reviews.apply(found, articles, []).timeline
    assert [(e.text, e.date_text, e.sort_key, e.precision, e.datetime) for e in events] == \
        [("B", "1953", "1953", "year", ""), ("A", "Mei 1960", "1960-05-00", "month", "1960-05")]


@pytest.mark.parametrize("iso, precision, start, end", [
    ("1917-10-25", "day", "1917-10-25", ""), ("193X", "decade", "1930", ""),
    ("1932-24", "season", "1932", ""), ("1935-07/1935-08", "range", "1935-07", "1935-08"),
    ("-1278", "year", "", ""),          # 1279 BC: HTML has no datetime before the common era
])
def test_a_typed_date_gets_its_html_dates_and_precision(tmp_path, iso, precision, start, end):
    articles = read_articles([write(tmp_path / "a.txt", ARTICLE_ID)], Settings())
    kind = KINDS[2]
    event = kind.from_fields("x", {"date": "d", "iso": iso, "text": "t"}, None, ReviewContext(articles, []))
    assert (event.precision, event.datetime, event.end_datetime) == (precision, start, end)


def test_a_typed_date_before_the_common_era_sorts_first(tmp_path):
    articles = read_articles([write(tmp_path / "a.txt", ARTICLE_ID)], Settings())
    kind = KINDS[2]
    typed = [kind.from_fields("x", {"date": d, "iso": iso, "text": "t"}, None, ReviewContext(articles, []))
             for d, iso in (("1917", "1917"), ("30 SM", "-0029"), ("1279 SM", "-1278"))]
    assert [e.date_text for e in sorted(typed, key=lambda e: e.sort_key)] == ["1279 SM", "30 SM", "1917"]


def test_a_date_that_is_no_date_is_a_problem(tmp_path):
    course = make_course(tmp_path / "c", COURSE)
    write(course / "review" / "timeline.toml", '[x]\ndate = "Mei 1960"\niso = "Mei 1960"\ntext = "t"\n')
    result = CliRunner().invoke(main, ["build", str(course)])
    assert result.exit_code == 4
    assert ("review/timeline.toml: x.iso: 'Mei 1960' is not a date such as 1917, 1917-10, "
            "1917-10-25 or 1932/1933") in result.output


def _review_file(kind, mine, base):
    from pathlib import Path
    from pack.review import ReviewFile
    return ReviewFile(kind, Path(f"{kind.name}.toml"), mine, base, touched=True)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_list_has_its_fields_explained(lang):
    from pack.review import Merged
    for kind in KINDS:
        text = review_text(kind, Merged(), lang, f"{kind.name}.toml")
        for name in kind.fields:
            assert re.search(rf"^#   {name} +\S", text, re.MULTILINE), (kind.name, name)


def test_an_added_entry_that_the_article_later_has_stays_the_teachers():
    merged = merge({"o": {"t": "O", "d": "found"}}, {"o": {"t": "O", "d": "mine"}}, {})
    assert merged.entries == {"o": {"t": "O", "d": "mine"}} and merged.added == ["o"] and not merged.new


def test_a_reviewed_quiz_is_printed(tmp_path, fast):
    course = make_course(tmp_path / "c", COURSE)
    run("extract", course)
    write(course / "review" / "quiz.toml", '[mine]\nprompt = "Siapa Ivan Petrov?"\nkind = "fill"\n'
                                           'answer = "sejarawan"\nref = "ch1-p1"\n')
    assert run("build", course).exit_code == 0
    assert "Siapa Ivan Petrov?" in epub_file(next(course.rglob("*.epub")), "text/quiz.xhtml")
