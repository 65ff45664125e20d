"""Review in the browser, the store: a course's lists as the pages show them,
and every change a teacher makes saved at once.

Inputs: a course folder. At start the articles are read and extracted and
the lists merged into `review/*.toml` exactly as `teachpack extract` does
(`pack.review.write_reviews`: the teacher's edits kept, a touched file
backed up). Outputs: `Row`s for the pages (each entry, kept or dropped,
new or already seen, beside its source passage with the entry's words
marked) and, for each change, the list written back with
`pack.review.save_review` (the same checks, format and backups).

"New since the last review" is an entry the teacher has not acted on yet:
the keys acted on are kept in `review/.seen.toml`, so it survives a
restart and an entry the article brings later shows up as new.
"""

from __future__ import annotations

import re
import threading
import tomllib
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup, escape

from pack.build import read_articles
from pack.config.course import plan_build
from pack.errors import ConfigError
from pack.extract.run import extract_all
from pack.review import fresh_fields, read_review, save_review, write_reviews
from pack.review.kinds import KINDS, Kind, ReviewContext
from pack.review.text import toml_key, toml_value
from pack.write import write_atomically

SEEN_FILE = "review/.seen.toml"
AROUND = 240          # characters of a passage shown on each side of the marked words

# What a teacher edits inline, and what a new entry asks for, per list.
EDITABLE = {"glossary": ("term", "definition"), "people": ("name", "role"),
            "timeline": ("date", "iso", "text"), "questions": ("text",), "quiz": ("prompt", "answer")}
LONG_FIELDS = {"definition", "text", "prompt"}
DEFAULTS = {
    "glossary": {"definition": "", "kind": "definition", "variants": [], "refs": []},
    "people": {"role": "", "variants": [], "refs": []},
    "timeline": {"note": "", "key_event": True, "ref": ""},
    "questions": {"bloom": "understand", "kind": "teacher", "chapter": "", "ref": "",
                  "answer_passage": "", "answer_points": []},
    "quiz": {"kind": "fill", "options": [], "answer": "", "ref": ""},
}


@dataclass
class Row:
    """One entry as a review page shows it."""

    key: str
    fields: dict
    kept: bool
    new: bool
    paragraph: str          # the id of the passage it came from, or ""
    passage: Markup         # that passage, the entry's words marked


class Store:
    """A course's review lists; safe to use from several request threads."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.lock = threading.RLock()
        self.summary = self.load()

    def load(self) -> list[str]:
        """(Re)read the course and its articles, and merge what is found now
        into the review files, as `teachpack extract` does."""
        with self.lock:
            self.plan = plan_build([self.root], {}, None)
            self.articles = read_articles(self.plan.sources, self.plan.settings)
            self.found = extract_all(self.articles, self.plan.settings)
            self.lang = self.articles[0].lang
            self.kinds = [k for k in KINDS if k.prints_in(self.plan.settings.appendices)]
            self.paragraphs = {p.id: p.text for a in self.articles for _, p in a.paragraphs()}
            self.chapters = [(ch.id, ch.title) for a in self.articles for ch in a.chapters]
            return write_reviews(self.root, self.found, self.articles, self.plan.settings.appendices)

    def kind(self, name: str) -> Kind | None:
        return next((k for k in self.kinds if k.name == name), None)

    # -------------------------------------------------------------- reading

    def rows(self, kind: Kind) -> list[Row]:
        """The file's entries in order, then those dropped (to keep again)."""
        with self.lock:
            mine, fresh = self._mine(kind), self._known(kind)
            seen = self._seen().get(kind.name, set())
            dropped = [k for k in fresh if k not in mine]
            return [self._row(kind, key, mine.get(key) or fresh[key], key in mine, key not in seen)
                    for key in [*mine, *dropped]]

    def row(self, kind: Kind, key: str) -> Row | None:
        return next((r for r in self.rows(kind) if r.key == key), None)

    def _row(self, kind: Kind, key: str, fields: dict, kept: bool, new: bool) -> Row:
        paragraph = _first_ref(fields)
        text = self.paragraphs.get(paragraph, "")
        return Row(key, fields, kept, new, paragraph if text else "", marked(text, _needles(kind, fields)))

    def _mine(self, kind: Kind) -> dict[str, dict]:
        review = read_review(self.root, kind)
        return dict(review.mine) if review else {}

    def _known(self, kind: Kind) -> dict[str, dict]:
        """What teachpack found, now or at the last extract: what a teacher can keep."""
        review = read_review(self.root, kind)
        found, _ = fresh_fields(kind, getattr(self.found, kind.name))
        return {**((review.base or {}) if review else {}), **found}

    # -------------------------------------------------------------- changes

    def keep(self, kind: Kind, key: str, kept: bool) -> None:
        with self.lock:
            mine = self._mine(kind)
            if kept and key not in mine:
                known = self._known(kind)
                if key not in known:
                    raise ConfigError(f"no entry '{key}'", where=kind.name)
                mine[key] = known[key]
            elif not kept:
                mine.pop(key, None)
            self._save(kind, mine, key)

    def edit(self, kind: Kind, key: str, changes: dict[str, str]) -> None:
        with self.lock:
            mine = self._mine(kind)
            if key not in mine:
                raise ConfigError(f"'{key}' is not kept; keep it before you edit it", where=kind.name)
            fields = dict(mine[key])
            for name in EDITABLE[kind.name]:
                if name in changes:
                    fields[name] = changes[name].strip()
            if kind.name == "quiz" and fields.get("kind") == "choice":
                # The right answer is one of the printed options: it changes with them.
                fields["options"] = [fields["answer"] if o == mine[key].get("answer") else o
                                     for o in fields.get("options", [])]
            mine[key] = fields
            self._save(kind, mine, key)

    def add(self, kind: Kind, given: dict[str, str]) -> str:
        """A teacher's own entry; returns its key (as the extractor would name it)."""
        with self.lock:
            fields = {**DEFAULTS[kind.name], **{n: given.get(n, "").strip() for n in EDITABLE[kind.name]}}
            if kind.name == "questions":
                chapter = given.get("chapter", "")
                fields["chapter"] = chapter if chapter in dict(self.chapters) else ""
            mine = self._mine(kind)
            key = self._new_key(kind, fields, mine)
            mine = {key: fields, **mine}
            self._save(kind, mine, key)
            return key

    def mark_seen(self, kind: Kind) -> None:
        with self.lock:
            seen = self._seen()
            seen[kind.name] = set(seen.get(kind.name, ())) | {r.key for r in self.rows(kind)}
            self._write_seen(seen)

    def _new_key(self, kind: Kind, fields: dict, mine: dict) -> str:
        required = [n for n, spec in kind.fields.items() if spec.required]
        missing = [n for n in required if not fields.get(n)]
        if missing:
            raise ConfigError(f"a new entry needs {', '.join(missing)}", where=kind.name)
        try:
            key = kind.key_of(kind.from_fields("new", fields, None, ReviewContext(self.articles, [])))
        except ValueError:           # an iso date that saving refuses with its reason
            key = "new"
        if key in mine:
            raise ConfigError(f"'{key}' is in the list already; edit it there", where=kind.name)
        if key in self._known(kind):
            raise ConfigError(f"'{key}' is in the list already, left out; tick it to keep it",
                              where=kind.name)
        return key

    def _save(self, kind: Kind, mine: dict[str, dict], key: str) -> None:
        save_review(self.root, kind, mine, self.lang)
        seen = self._seen()
        seen.setdefault(kind.name, set()).add(key)
        self._write_seen(seen)

    def _seen(self) -> dict[str, set[str]]:
        path = self.root / SEEN_FILE
        if not path.is_file():
            return {}
        with path.open("rb") as handle:
            try:
                return {name: set(keys) for name, keys in tomllib.load(handle).items()
                        if isinstance(keys, list)}
            except tomllib.TOMLDecodeError:
                return {}         # a broken note of what was seen: everything is new again

    def _write_seen(self, seen: dict[str, set[str]]) -> None:
        lines = ["# Written by `teachpack review`: the entries you have looked at."]
        lines += [f"{toml_key(name)} = {toml_value(sorted(keys))}" for name, keys in sorted(seen.items())]
        write_atomically(self.root / SEEN_FILE, ("\n".join(lines) + "\n").encode("utf-8"))


def _first_ref(fields: dict) -> str:
    refs = fields.get("refs") or [fields.get("ref", "")]
    return refs[0] if refs else ""


def _needles(kind: Kind, fields: dict) -> list[str]:
    """The words of an entry that its passage shows marked."""
    words = {"glossary": [fields.get("term", ""), *fields.get("variants", [])],
             "people": [fields.get("name", ""), *fields.get("variants", [])],
             "timeline": [fields.get("date", "")],
             "questions": [fields.get("answer_passage", "")],
             "quiz": [fields.get("answer", "")]}[kind.name]
    return [w for w in words if w]


def marked(text: str, needles: list[str]) -> Markup:
    """The passage around the first use of the longest needle found, HTML-escaped,
    that use in <mark> (a long paragraph is cut to the words around it)."""
    for needle in sorted(needles, key=len, reverse=True):
        found = re.search(re.escape(needle), text, re.IGNORECASE)
        if found:
            start, end = found.span()
            return _before(text[:start]) + Markup("<mark>") + escape(text[start:end]) + \
                Markup("</mark>") + _after(text[end:])
    return _after(text)


def _before(text: str) -> Markup:
    if len(text) <= AROUND:
        return escape(text)
    return Markup("…") + escape(text[-AROUND:].split(" ", 1)[-1])


def _after(text: str) -> Markup:
    if len(text) <= AROUND:
        return escape(text)
    return escape(text[:AROUND].rsplit(" ", 1)[0]) + Markup("…")
