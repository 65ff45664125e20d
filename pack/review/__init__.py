"""Review stage: the teacher's editable copy of the extracted lists.

`teachpack extract DIR` writes the glossary, who's who, timeline and
questions into `DIR/review/<list>.toml` (readable TOML with a comment
header; `pack.review.text` writes it) and what it found into
`DIR/review/.extracted/<list>.toml` (the base the teacher's edits are told
apart from). From then on, every build merges three versions of each
list, entry by entry and field by field:

    fresh  what the extractors find in the article now
    base   what they found when `teachpack extract` last ran
    mine   the teacher's file

A field the teacher changed (mine differs from base) keeps the teacher's
value; any other field follows the article (fresh). An entry the teacher
deleted stays deleted; an entry the teacher added stays; an entry no
longer found goes, unless the teacher edited it. Re-extracting writes the
same merge back into the file (backing up an edited file first) and says
what changed. Inputs: the course folder, the extracted lists, the
articles. Outputs: the merged `Extracted`, the files, summary lines.
"""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from pack.model import Article, Extracted
from pack.review.kinds import KINDS, ReviewContext, Kind, unique_keys
from pack.review.text import review_text, snapshot_text
from pack.config.schema import check, load_toml, raise_problems
from pack.errors import ConfigError
from pack.paths import course_path
from pack.write import make_folder, write_atomically

REVIEW_DIR = "review"
BASE_DIR = ".extracted"


@dataclass
class Merged:
    """One list after the three-way merge, and what happened to its entries."""

    entries: dict[str, dict] = field(default_factory=dict)   # key -> fields, in order
    new: list[str] = field(default_factory=list)        # found now, not last time
    gone: list[str] = field(default_factory=list)       # found last time, not now, but in the file
    edited: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)

    def teacher_edits(self) -> int:
        return len(self.edited) + len(self.added) + len(self.deleted)


def merge(fresh: dict[str, dict], mine: dict[str, dict] | None,
          base: dict[str, dict] | None, still_there: Callable[[dict], bool] | None = None) -> Merged:
    """Three-way merge of one list (see the module docstring). `still_there`
    says whether an entry the extractors no longer list (it fell past a
    list's size limit) is still in the article: then it stays."""
    if mine is None:                       # never reviewed: what was found
        return Merged(entries=dict(fresh))
    base = base or {}
    fresh = rekeyed(fresh, base)
    out = Merged()
    for key, found in fresh.items():
        if key in base and key not in mine:
            out.deleted.append(key)
            continue
        if key not in mine:
            out.new.append(key)
        elif key not in base:              # the teacher added what is found now too
            out.added.append(key)
        out.entries[key] = _merge_fields(found, mine.get(key), base.get(key))
    for key, theirs in mine.items():
        if key in fresh:
            continue
        if key not in base:
            out.added.append(key)
            out.entries[key] = theirs
            continue
        if still_there and still_there({**base[key], **theirs}):
            out.entries[key] = {**base[key], **theirs}   # past the size limit, not gone
            continue
        out.gone.append(key)
        if _edited(theirs, base[key]):     # no longer found, but edited: keep the edit
            out.entries[key] = {**base[key], **theirs}
    out.edited = [k for k in mine if k in base and _edited(mine[k], base[k])]
    out.deleted += [k for k in base if k not in mine and k not in fresh]
    return out


SAME_ENTRY = 0.85       # how alike an entry's texts must be to be the same entry, edited


def rekeyed(fresh: dict[str, dict], base: dict[str, dict]) -> dict[str, dict]:
    """`fresh` with each entry that is new only because its sentence was
    edited a little (a comma, a word: its key is a hash of the text) under
    the key it had before, so a deleted entry stays deleted and an edited
    one keeps its edits."""
    unmatched = [key for key in base if key not in fresh]
    if not unmatched:
        return fresh
    renamed = {}
    for key, fields in fresh.items():
        if key in base or not unmatched:
            continue
        text = _text_of(fields)
        best = max(unmatched, key=lambda old: _likeness(text, _text_of(base[old])))
        if _likeness(text, _text_of(base[best])) >= SAME_ENTRY:
            renamed[key] = best
            unmatched.remove(best)
    return {renamed.get(key, key): fields for key, fields in fresh.items()}


def _text_of(fields: dict) -> str:
    return " ".join(str(value) for value in fields.values() if isinstance(value, str))


def _likeness(a: str, b: str) -> float:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.ratio() if matcher.real_quick_ratio() >= SAME_ENTRY and \
        matcher.quick_ratio() >= SAME_ENTRY else 0.0


def _merge_fields(found: dict, theirs: dict | None, was: dict | None) -> dict:
    if theirs is None:
        return dict(found)
    if was is None:                        # the teacher added what is found now too
        return {**found, **theirs}
    return {name: theirs[name] if name in theirs and theirs[name] != was.get(name) else value
            for name, value in found.items()} | \
        {name: value for name, value in theirs.items() if name not in found}


def _edited(theirs: dict, was: dict) -> bool:
    return any(name in was and value != was[name] for name, value in theirs.items()) or \
        any(name not in was for name in theirs)


# ------------------------------------------------------------------ files


@dataclass
class ReviewFile:
    """A list's review file as the teacher left it, and its base."""

    kind: Kind
    path: Path
    mine: dict[str, dict]
    base: dict[str, dict] | None
    touched: bool                  # the file differs from what teachpack wrote


def review_path(root: Path, kind: Kind) -> Path:
    return course_path(root, f"{REVIEW_DIR}/{kind.name}.toml", REVIEW_DIR)


def base_path(root: Path, kind: Kind) -> Path:
    return course_path(root, f"{REVIEW_DIR}/{BASE_DIR}/{kind.name}.toml", REVIEW_DIR)


def _review_folder(root: Path) -> Path:
    """The course's review/ folder (made if missing); a file there is a mistake."""
    folder = course_path(root, REVIEW_DIR, REVIEW_DIR)
    for part in (folder, folder / BASE_DIR):
        if part.exists() and not part.is_dir():
            raise ConfigError("this is a file, but teachpack keeps the review files in a folder here",
                              where=str(part), hint="Rename or remove that file, then run "
                              "`teachpack extract` again.")
        make_folder(part, ConfigError)
    return folder


def read_review(root: Path, kind: Kind) -> ReviewFile | None:
    path = review_path(root, kind)
    if not path.is_file():
        return None
    shown = f"{REVIEW_DIR}/{path.name}"
    mine = _entries(load_toml(path, shown), kind, path, shown)
    base, written = None, ""
    if base_path(root, kind).is_file():
        stored = load_toml(base_path(root, kind), f"{REVIEW_DIR}/{BASE_DIR}/{path.name}")
        base, written = stored.get("entries", {}), stored.get("written", "")
    return ReviewFile(kind, path, mine, base, touched=_digest(path.read_bytes()) != written)


def _entries(data: dict, kind: Kind, path: Path, shown: str) -> dict[str, dict]:
    """Every entry of a review file, checked against the list's fields."""
    problems = []
    for key, value in data.items():
        if not isinstance(value, dict):
            problems.append(f"{key}: expected a [{key}] section with "
                            f"{', '.join(kind.fields)}; is a '[' line missing above it?")
            continue
        problems += check(value, kind.fields, f"{key}.")[1]
    raise_problems(problems, path, shown, hint="Fix these entries, or delete the file and run "
                   "`teachpack extract` again to start from what teachpack finds.")
    return data


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fresh_fields(kind: Kind, items: list) -> tuple[dict[str, dict], dict[str, object]]:
    """(key -> fields, key -> item) for what the extractors found."""
    keys = unique_keys([kind.key_of(item) for item in items])
    return ({k: kind.to_fields(i) for k, i in zip(keys, items)}, dict(zip(keys, items)))


# ------------------------------------------------------------------ build


@dataclass
class Reviews:
    """The review files of a course, applied to every build (`edits`)."""

    files: list[ReviewFile]

    def apply(self, extracted: Extracted, articles: list[Article],
              warnings: list[str]) -> Extracted:
        """The extracted lists with the teacher's reviews merged in."""
        changes = {}
        for review in self.files:
            fresh, items = fresh_fields(review.kind, getattr(extracted, review.kind.name))
            merged = merge(fresh, review.mine, review.base, still_in(review.kind, articles))
            context = ReviewContext(articles, warnings, f"{REVIEW_DIR}/{review.path.name}")
            changes[review.kind.name] = _unique_ids([
                review.kind.from_fields(key, fields, items.get(key), context)
                for key, fields in merged.entries.items()])
            if merged.new:
                warnings.append(f"{REVIEW_DIR}/{review.path.name}: {_count(len(merged.new), 'new entry')}"
                                " found in the article, not reviewed yet; run `teachpack extract` "
                                "to add them to the file")
        result = replace(extracted, **changes)
        result.timeline = sorted(result.timeline, key=lambda e: e.sort_key or e.iso)
        return result


def _unique_ids(items: list) -> list:
    """An added entry must not take the id of a found one (ids are link targets)."""
    seen: set[str] = set()
    out = []
    for item in items:
        number, candidate = 1, item.id
        while candidate in seen:
            number += 1
            candidate = f"{item.id}-{number}"
        seen.add(candidate)
        out.append(item if candidate == item.id else replace(item, id=candidate))
    return out


def load_reviews(root: Path, appendices: tuple[str, ...]) -> Reviews:
    """The review files of the lists this build prints (questions: with the quiz)."""
    found = [read_review(root, kind) for kind in KINDS if kind.prints_in(appendices)]
    return Reviews([r for r in found if r is not None])


# ------------------------------------------------------------------ extract


def write_reviews(root: Path, extracted: Extracted, articles: list[Article],
                  appendices: tuple[str, ...]) -> list[str]:
    """Write (or rewrite) every list's review file; one summary line each."""
    lines = []
    for kind in KINDS:
        if kind.prints_in(appendices):
            lines.append(_write_review(root, kind, getattr(extracted, kind.name), articles))
    return lines


def _write_review(root: Path, kind: Kind, items: list, articles: list[Article]) -> str:
    fresh, _ = fresh_fields(kind, items)
    review = read_review(root, kind)
    merged = merge(fresh, review.mine if review else None, review.base if review else None,
                   still_in(kind, articles))
    lang = articles[0].lang
    _review_folder(root)
    path = review_path(root, kind)
    text = review_text(kind, merged, lang, path.name).encode("utf-8")
    # A file just as teachpack wrote it holds nothing the merge does not
    # keep; one the teacher touched (even by deleting alone) is saved
    # first, comments and all.
    backup = _backup(path) if review and review.touched else None
    write_atomically(path, text)
    write_atomically(base_path(root, kind), snapshot_text(fresh, _digest(text)).encode("utf-8"))
    return _summary(kind, merged, review is None, path, root, backup)


def still_in(kind: Kind, articles: list[Article]) -> Callable[[dict], bool]:
    """Whether an entry's fields still point at the article as it is now."""
    paragraphs = {p.id: p.text for a in articles for _, p in a.paragraphs()}
    whole = "\n".join(paragraphs.values())
    tests = {
        "glossary": lambda f: bool(f.get("term")) and f["term"] in whole,
        "people": lambda f: bool(f.get("name")) and f["name"] in whole,
        "timeline": lambda f: bool(f.get("date")) and f["date"] in paragraphs.get(f.get("ref", ""), ""),
    }                      # questions follow the article: their paragraphs are positions
    return tests.get(kind.name, lambda f: False)

def save_review(root: Path, kind: Kind, entries: dict[str, dict], lang: str) -> Path | None:
    """The teacher's whole list written from another door (`teachpack review`):
    checked like a file the teacher wrote (a ConfigError names the entry),
    in the same format, a file touched by hand backed up first; the base
    keeps what was found, with this file's digest. Returns the backup."""
    path = review_path(root, kind)
    _entries(entries, kind, path, f"{REVIEW_DIR}/{path.name}")
    review = read_review(root, kind)
    text = review_text(kind, Merged(entries=entries), lang, path.name).encode("utf-8")
    touched = review and review.touched and path.read_bytes() != text
    backup = _backup(path) if touched else None
    _review_folder(root)
    write_atomically(path, text)
    write_atomically(base_path(root, kind),
                     snapshot_text((review.base if review else None) or {}, _digest(text)).encode("utf-8"))
    return backup


def _backup(path: Path) -> Path:
    """A copy of the teacher's file beside it: .bak, or .bak2, .bak3 ...
    when an earlier backup exists (no backup is ever overwritten)."""
    number = 1
    while True:
        target = path.with_name(path.name + (".bak" if number == 1 else f".bak{number}"))
        if not target.exists():
            write_atomically(target, path.read_bytes())
            return target
        number += 1


def _summary(kind: Kind, merged: Merged, first: bool, path: Path, root: Path,
             backup: Path | None) -> str:
    shown = path.relative_to(root).as_posix()
    if first:
        return f"{kind.name}: {_count(len(merged.entries), 'entry')} written to {shown}"
    line = (f"{kind.name}: {_count(len(merged.new), 'new entry')}, {len(merged.gone)} no longer "
            f"found, {_count(merged.teacher_edits(), 'teacher edit')} kept")
    return line + (f" (your previous file: {backup.relative_to(root).as_posix()})" if backup else "")


def _count(number: int, noun: str) -> str:
    if number == 1:
        return f"1 {noun}"
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{number} {plural}"
