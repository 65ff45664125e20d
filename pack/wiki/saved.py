"""Fetch stage, the saved copies: a fetched article kept on disk.

Inputs: a folder (`OUT/wikipedia/` for a command-line build, the course's
own `wikipedia/` for a course) and a `Fetched` article, or a `WikiRef`
to look up. Outputs: `<name>.txt` (the text, the layout pack.read
parses), `<name>.json` (the revision, links, licence, and the picture's
credit) and `<name>.jpg`/`.png` (the lead picture), named after the
language and canonical title (`id-Josef_Stalin.txt`). A later build
finds them by the link the user gave, so it needs no network; a refresh
that brings a new revision keeps the old text as `<name>@<revision>.txt`,
so the two can be diffed.

`attach` gives the read stage a saved article's record: any article file
with such a `.json` beside it is cited by its exact revision.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from pack import lang as langdata
from pack.model import Article, Picture
from pack.wiki.links import WikiRef
from pack.write import write_atomically

if TYPE_CHECKING:                   # a build from saved copies needs no HTTP client
    from pack.wiki.api import Fetched

FOLDER = "wikipedia"
MEDIA_TYPES = {"jpg": "image/jpeg", "png": "image/png"}


def find(folder: Path, ref: WikiRef) -> Path | None:
    """The saved text of the article `ref` names, if it was fetched before."""
    for record_path in sorted(folder.glob("*.json")):
        record = _load(record_path)
        if record and (ref.key in record.get("requested", []) or _same_page(record, ref)):
            text = record_path.with_suffix(".txt")
            if text.is_file():
                return text
    return None


def save(folder: Path, fetched: Fetched, ref: WikiRef) -> Path:
    """Write the article's files; returns the text file's path."""
    record = dict(fetched.record)
    name = file_name(record)
    text_path = folder / f"{name}.txt"
    previous = _load(text_path.with_suffix(".json")) or {}
    record["requested"] = sorted(set(previous.get("requested", [])) | {ref.key})
    folder.mkdir(parents=True, exist_ok=True)
    if previous.get("revision") not in (None, record["revision"]) and text_path.is_file():
        # A refresh brought a new revision: keep the old text to diff against.
        write_atomically(folder / f"{name}@{previous['revision']}.txt", text_path.read_bytes())
    for old in (folder / f"{name}.{ext}" for ext in MEDIA_TYPES):
        old.unlink(missing_ok=True)
    if fetched.picture is not None:
        record["picture"]["file"] = f"{name}.{record['picture']['format']}"
        write_atomically(folder / record["picture"]["file"], fetched.picture)
    write_atomically(text_path, fetched.text.encode("utf-8"))
    write_atomically(text_path.with_suffix(".json"),
                     (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return text_path


def file_name(record: dict) -> str:
    """'id-Josef_Stalin': the language (or the wiki's host) and the title, safe as a file name."""
    prefix = record.get("lang") if record.get("host", "").endswith(".wikipedia.org") else record.get("host")
    title = re.sub(r"[^\w.-]+", "_", record["title"]).strip("._")[:120] or str(record.get("pageid"))
    return f"{prefix or 'wiki'}-{title}"


def attach(article: Article, path: Path) -> None:
    """Fill in the article's revision, links, licence and picture from its
    saved record, when `path` is a saved copy."""
    record = _load(path.with_suffix(".json"))
    if not record or "permalink" not in record:
        return
    article.title = record.get("title") or article.title
    article.source_url = record.get("url") or article.source_url
    article.licence = record.get("licence") or article.licence
    article.licence_url = record.get("licence_url", "")
    article.revision_url = record["permalink"]
    article.revision_date = record.get("timestamp", "")[:10]
    article.history_url = record.get("history", "")
    picture = record.get("picture") or {}
    picture_path = path.parent / picture.get("file", "")
    if picture.get("file") and picture_path.is_file():
        article.picture = Picture(data=picture_path.read_bytes(),
                                  media_type=MEDIA_TYPES[picture["format"]], title=picture["title"],
                                  author=picture["author"], licence=picture["licence"],
                                  licence_url=picture.get("licence_url", ""),
                                  page_url=picture.get("page", ""),
                                  description=picture.get("description", ""))


def _same_page(record: dict, ref: WikiRef) -> bool:
    if record.get("host") != ref.host:
        return False
    if ref.pageid:
        return record.get("pageid") == ref.pageid
    return _title_key(record.get("title", "")) == _title_key(ref.title) or \
        _title_key(ref.title) in map(_title_key, record.get("redirected_from", []))


def _title_key(title: str) -> str:
    """MediaWiki titles differ only in the first letter's case and _ vs space."""
    title = title.replace("_", " ").strip()
    return title[:1].upper() + title[1:]


def _load(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def language(path: Path) -> str | None:
    """A saved article's page language, when teachpack has data for it."""
    record = _load(path.with_suffix(".json")) or {}
    code = record.get("lang") if "permalink" in record else None
    return code if code in langdata.available() else None
