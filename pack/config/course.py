"""Configuration stage, courses: a course folder becomes Settings and sources.

A course is a folder with a `course.toml` (see `pack/course_template.toml`
for every key, commented), its article file(s), and optionally its own
`layouts/`, `styles/`, `assets/` and `course.css`, which win over the
built-in files of the same relative name (see `pack.theme`), and the
teacher's reviewed `review/*.toml` (see `pack.review`).

Inputs: the folder. Outputs: a `Course`: the `Settings` (the defaults
with the course file applied over them; the command line is applied over
those by the CLI: command line > course file > defaults), the article
paths and the output folder. Every problem in the course file is listed
at once in one `ConfigError` (exit status 4).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from pack import lang as langdata
from pack.assemble import chapters_left
from pack.config import (APPENDICES, EDITIONS, EXPORTS, FORMATS, MAX_SIZE_LIMIT_MB, PAPERS, Settings,
                         with_overrides)
from pack.errors import ConfigError, SourceError
from pack.paths import check_course_tree, course_path, inside, read_file
from pack.read.decode import DEFAULT_MAX_BYTES, text_encoding
from pack.review import load_reviews
from pack.config.schema import Field, check, load_toml, raise_problems, suggest
from pack.theme import builtin_root, themes_available
from pack.wiki.links import link_problems
from pack.write import make_folder, write_atomically

COURSE_FILE = "course.toml"
SAMPLE = "assets/samples/id-stalin.txt"
TEMPLATE = Path(__file__).parent.parent / "course_template.toml"
HINT = "Fix these in course.toml; docs/courses.md lists every key."
CHAPTER_CHOICE = r"auto|headings|[1-9][0-9]?"     # --chapters and [chapters] make


@dataclass(frozen=True)
class Course:
    root: Path                      # the course folder (absolute)
    settings: Settings              # defaults < course file
    sources: tuple[Path, ...]       # the article files, in book order (inside root)
    out_dir: Path                   # inside root (see pack.paths)
    links: tuple[str, ...] = ()     # [sources] wikipedia: articles to fetch (pack.wiki)
    mediawiki_api: str = ""         # [sources] mediawiki_api: a mirror's API instead


@dataclass(frozen=True)
class Plan:
    """What one `teachpack build` (or `extract`) works on."""

    sources: list[Path]
    settings: Settings
    out_dir: Path
    course_dir: Path | None = None
    edits: Callable | None = None         # the course's reviewed lists
    links: tuple[str, ...] = ()           # wiki articles still to fetch or find (pack.wiki.sources)
    mediawiki_api: str = ""
    out_root: Path | None = None          # the output must stay inside it (a course's own folder)


def plan_build(sources: list[Path], given: dict, out_dir: Path | None) -> Plan:
    """Article files, or one course folder, plus the command line's options
    (`given`: only those the user gave). Command line > course file > defaults."""
    if not any(path.is_dir() for path in sources):
        return Plan(sources or [builtin_root() / SAMPLE], with_overrides(Settings(), **given),
                    out_dir or Path("output"))
    if len(sources) > 1:
        raise ConfigError("give course folders, or article files, not both", where="build",
                          hint="A course's course.toml lists its articles under [sources]; "
                               "every folder of several must hold a course.toml.")
    course = load_course(sources[0])
    settings = with_overrides(course.settings, **given)
    reviews = load_reviews(course.root, settings.appendices)
    return Plan(list(course.sources), settings, out_dir or course.out_dir, course.root,
                reviews.apply if reviews.files else None, course.links, course.mediawiki_api,
                None if out_dir else course.root)


def is_course(path: Path) -> bool:
    return path.is_dir() and (path / COURSE_FILE).is_file()


def course_schema(themes: list[str], languages: list[str], labels: list[str]) -> dict:
    """Every key a course.toml may hold, and the Settings field it sets."""
    return {
        "course": {
            "title": Field("text", "title"),
            "subtitle": Field("text", "subtitle"),
            "teacher": Field("text"),
            "school": Field("text"),
            "language": Field("text", "lang", tuple(languages), "language"),
        },
        "sources": {
            "files": Field("texts", noun="article file"),
            "wikipedia": Field("texts", noun="article link"),
            "mediawiki_api": Field("text", pattern=r"https?://\S+", noun="http(s) address of an api.php"),
            "encoding": Field("text", "encoding"),
            "max_size_mb": Field("number", "max_size_mb", minimum=0.001, maximum=MAX_SIZE_LIMIT_MB),
        },
        "look": {
            "theme": Field("text", "theme", tuple(themes), "theme"),
            "paper": Field("text", "paper", PAPERS, "paper size"),
            "booklet": Field("flag", "booklet"),
        },
        "output": {
            "formats": Field("texts", "formats", FORMATS, "format", minimum=1),
            "editions": Field("texts", "editions", EDITIONS, "edition", minimum=1),
            "exports": Field("texts", "exports", EXPORTS, "export format"),
            "folder": Field("text"),
            "strict": Field("flag", "strict"),
        },
        "appendices": {
            "include": Field("texts", "appendices", APPENDICES, "appendix"),
            "glossary_entries": Field("whole", "glossary_entries", minimum=0),
            "people_entries": Field("whole", "people_entries", minimum=0),
            "timeline": Field("text", "timeline_events", ("key", "all"), "timeline choice"),
            "questions_per_chapter": Field("whole", "questions_per_chapter", minimum=1),
            "chapter_questions": Field("flag", "chapter_questions"),
        },
        "chapters": {
            "make": Field("text", "chapters", noun="chapter choice (auto, headings or a number)",
                          pattern=CHAPTER_CHOICE),
            "include": Field("texts", "include_chapters"),
            "exclude": Field("texts", "exclude_chapters"),
            "titles": Field("table", "chapter_titles"),
        },
        "labels": {name: Field("text") for name in labels},
    }


def load_course(folder: Path) -> Course:
    root = folder.resolve()
    path = root / COURSE_FILE
    if not path.is_file():
        raise ConfigError(f"no {COURSE_FILE} in {folder}", where=str(folder),
                          hint="Make a course with `teachpack init DIR`, or pass article files instead.")
    check_course_tree(root)                  # before a byte of the course is read
    data = load_toml(path, COURSE_FILE)
    schema = course_schema(course_themes(root), langdata.available(),
                           sorted(langdata.schema.declared()["labels"]))
    values, problems = check(data, schema)
    problems += _encoding_problems(values) + _source_problems(values, root) + link_problems(values)
    raise_problems(problems, path, COURSE_FILE, HINT)
    return Course(root=root, settings=settings_from(values, schema),
                  sources=tuple(course_path(root, name, "sources.files")
                                for name in values.get("sources.files", ())),
                  out_dir=course_path(root, values.get("output.folder", "output"), "output.folder"),
                  links=tuple(values.get("sources.wikipedia", ())),
                  mediawiki_api=values.get("sources.mediawiki_api", ""))


def course_themes(root: Path | None) -> list[str]:
    """The built-in themes and any the course adds in styles/themes/."""
    names = set(themes_available())
    if root is not None:
        names.update(p.stem for p in (root / "styles" / "themes").glob("*.css"))
    return sorted(names)


def settings_from(values: dict, schema: dict) -> Settings:
    """The course file's values applied over the defaults."""
    overrides = {}
    for path, value in values.items():
        section, _, key = path.partition(".")
        spec = schema[section].get(key)
        if isinstance(spec, Field) and spec.setting:
            overrides[spec.setting] = tuple(value) if isinstance(value, list) else value
    author = ", ".join(values[k] for k in ("course.teacher", "course.school") if values.get(k))
    if author:
        overrides["author"] = author
    labels = {path.split(".", 1)[1]: value for path, value in values.items()
              if path.startswith("labels.")}
    return with_overrides(Settings(), labels=labels, **overrides)


def _encoding_problems(values: dict) -> list[str]:
    name = values.get("sources.encoding")
    if name is None:
        return []
    if text_encoding(name):
        return []
    return [f"sources.encoding: unknown encoding '{name}' (e.g. 'utf-8', 'windows-1252')"]


def _source_problems(values: dict, root: Path) -> list[str]:
    problems = []
    for index, name in enumerate(values.get("sources.files", [])):
        path = root / name
        if not inside(path, root):
            problems.append(f"sources.files[{index}]: '{name}' lies outside the course folder; "
                            "a course may name only files inside its own folder")
        elif path.is_dir():
            problems.append(f"sources.files[{index}]: '{name}' is a folder, not an article file")
        elif not path.exists():             # a special file is refused when it is read
            problems.append(f"sources.files[{index}]: file '{name}' not found "
                            f"(paths are relative to the course folder)")
    return problems


def chapter_warnings(articles, settings: Settings) -> list[str]:
    """Chapter names in the course that match no chapter (a typo leaves a
    chapter in, or a new title unused): a warning each, with a suggestion.
    Lists that leave no chapter at all are a ConfigError: a book of
    appendices alone is never what was meant."""
    if not chapters_left(articles, settings):
        raise ConfigError("the chapters to include and exclude leave no chapter in the book",
                          where="chapters", hint="Check [chapters] include and exclude in course.toml "
                          "(or leave them out to print every chapter).")
    names = [c.id for a in articles for c in a.chapters] + \
        [c.title for a in articles for c in a.chapters]
    known = {n.casefold() for n in names}
    asked = [("chapters.include", settings.include_chapters),
             ("chapters.exclude", settings.exclude_chapters),
             ("chapters.titles", tuple(settings.chapter_titles))]
    return [f"{COURSE_FILE}: {where}: no chapter called '{name}'{suggest(name, names)}"
            for where, chosen in asked for name in chosen if name.casefold() not in known]


def init_course(folder: Path, article: Path | None = None) -> list[Path]:
    """A new course folder with a commented course.toml and an article in it."""
    make_folder(folder, ConfigError)          # a file there, or no permission: one message
    if (folder / COURSE_FILE).exists():
        raise ConfigError(f"there is already a {COURSE_FILE} here; nothing was changed",
                          where=str(folder), hint="Edit it, or choose a new folder.")
    source = article or builtin_root() / SAMPLE
    if not source.is_file():
        raise ConfigError("no such article file", where=str(source),
                          hint="Give the path of a plain-text or Markdown article.")
    copied = folder / source.name
    written = []
    if not copied.exists():
        data = read_file(source, DEFAULT_MAX_BYTES, SourceError, noun="article file")
        written.append(write_atomically(copied, data))
    text = TEMPLATE.read_text(encoding="utf-8").replace("@SOURCE@", _quoted(source.name))
    written.insert(0, write_atomically(folder / COURSE_FILE, text.encode("utf-8")))
    return written


def _quoted(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
