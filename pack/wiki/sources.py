"""Fetch stage, the driver: links in, saved article files out.

Inputs: what the command line or a course names (links, LANG:TITLE), the
folder the copies are saved in, `--refresh` and `--mediawiki-api`.
Outputs: the article files to build from, in the order given, and notes
for the user (what was fetched, a picture left out). A link fetched
before is read from its saved copy without the network unless
`refresh`; everything is fetched first and saved only when every
article came through, so a failed fetch writes nothing.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pack import lang as langdata
from pack.errors import SourceError
from pack.wiki import saved
from pack.wiki.api import Fetched, fetch_article
from pack.wiki.client import Client
from pack.wiki.links import WikiRef, is_link, parse_lang_title, parse_link, parse_source


def command_line_sources(texts: list[str], wikipedia: list[str], out_dir: Path, refresh: bool,
                         api: str | None, lang_given: bool) -> tuple[list[Path], list[str]]:
    """The command line's SOURCEs (files, folders, links) and --wikipedia
    titles as paths; links are saved in OUT/wikipedia/."""
    refs = {i: parse_link(text, api) for i, text in enumerate(texts) if is_link(text)}
    extra = [parse_lang_title(text, api) for text in wikipedia]
    if not refs and not extra:
        return [Path(text) for text in texts], []
    fetched, notes = fetch_or_find(list(refs.values()) + extra, out_dir / saved.FOLDER,
                                   refresh, lang_given)
    found = iter(fetched)
    paths = [next(found) if i in refs else Path(text) for i, text in enumerate(texts)]
    return paths + list(found), notes


def course_sources(plan, refresh: bool, api: str | None):
    """A course's plan with its [sources] wikipedia links added after its
    files; the copies are saved in the course's wikipedia/ folder."""
    if not plan.links:
        return plan, []
    refs = [parse_source(link, api or plan.mediawiki_api or None) for link in plan.links]
    paths, notes = fetch_or_find(refs, plan.course_dir / saved.FOLDER, refresh,
                                 plan.settings.lang is not None)
    return replace(plan, sources=list(plan.sources) + paths), notes


def fetch_or_find(refs: list[WikiRef], folder: Path, refresh: bool,
                  lang_given: bool) -> tuple[list[Path], list[str]]:
    found: list[Path | None] = [None if refresh else saved.find(folder, ref) for ref in refs]
    fetched: dict[int, Fetched] = {}
    client = None
    for index, ref in enumerate(refs):
        if found[index] is None:
            client = client or Client()
            fetched[index] = fetch_article(ref, client)
            _check_language(fetched[index], ref, lang_given)
    notes = []
    for index, article in fetched.items():
        found[index] = saved.save(folder, article, refs[index])
        record = article.record
        notes.append(f"fetched “{record['title']}”, revision {record['revision']} of "
                     f"{record['timestamp'][:10]}, saved as {found[index]}")
        if record.get("picture_left_out"):
            notes.append(f"the lead picture {record['picture_left_out']}; the pack is built without it")
    return [path for path in found if path is not None], notes


def _check_language(fetched: Fetched, ref: WikiRef, lang_given: bool) -> None:
    code = fetched.record["lang"]
    if lang_given or code in langdata.available():
        return
    raise SourceError(f"“{fetched.record['title']}” is in a language teachpack has no data for "
                      f"({code})", where=ref.shown,
                      hint=f"teachpack can make packs in: {', '.join(langdata.available())}. "
                           "--lang makes it treat the text as one of those (the lists will be poor).")
