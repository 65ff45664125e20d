"""Fetch stage, links: what the user typed becomes a `WikiRef`.

Inputs: a link (`https://id.wikipedia.org/wiki/Josef_Stalin`,
`https://en.wikipedia.org/w/index.php?title=Toronto`,
`https://id.wikipedia.org/?curid=12345`, a mobile `id.m.wikipedia.org`
link) or `LANG:TITLE` (`--wikipedia id:Josef Stalin`), and optionally the
API to ask instead of the wiki's own (`--mediawiki-api`, for mirrors and
tests). Outputs: a `WikiRef`: the wiki's host, the title or page id, the
API URL, and the key its saved files are named by. Anything else is a
`SourceError` (exit 3) saying what a link looks like.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlparse

from pack.errors import SourceError

LINK_HELP = ("Give a link like https://id.wikipedia.org/wiki/Josef_Stalin (…/w/index.php?title=… "
             "and …?curid=… work too), or LANG:TITLE with --wikipedia, e.g. id:Josef Stalin.")
LANG_CODE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*")


@dataclass(frozen=True)
class WikiRef:
    """One article on one wiki, as the user named it."""

    host: str               # "id.wikipedia.org": the wiki (and its language)
    api: str                # the Action API URL to ask
    title: str = ""         # "Josef Stalin" (spaces, not underscores); "" with a page id
    pageid: int = 0         # from ?curid=
    shown: str = ""         # what the user typed, for messages

    @property
    def lang(self) -> str:
        """The language a Wikipedia host names ("id" for id.wikipedia.org), else ""."""
        first = self.host.split(".", 1)[0]
        return first if self.host.endswith(".wikipedia.org") and LANG_CODE.fullmatch(first) else ""

    @property
    def key(self) -> str:
        """How the saved copy is found again: the host and the title as typed."""
        return f"{self.host}/{self.title or 'curid=' + str(self.pageid)}"


def is_link(text: str) -> bool:
    return bool(re.match(r"https?://", text.strip(), re.IGNORECASE))


def parse_link(text: str, api: str | None = None) -> WikiRef:
    """A wiki link -> WikiRef; `api` overrides the wiki's own API URL."""
    url = urlparse(text.strip())
    host = (url.hostname or "").lower()
    if url.scheme.lower() not in ("http", "https") or not host:
        raise SourceError("this is not a link to a wiki article", where=text, hint=LINK_HELP)
    host = host.replace(".m.wikipedia.org", ".wikipedia.org")     # mobile links
    query = parse_qs(url.query)
    title, pageid = "", 0
    if query.get("curid", [""])[0].isdigit():
        pageid = int(query["curid"][0])
    elif query.get("title"):
        title = query["title"][0]
    elif "/wiki/" in url.path:
        title = unquote(url.path.split("/wiki/", 1)[1])
    title = _clean_title(title)
    if not title and not pageid:
        raise SourceError("the link names no article", where=text, hint=LINK_HELP)
    base = f"{url.scheme.lower()}://{url.netloc.lower().replace('.m.wikipedia.org', '.wikipedia.org')}"
    return WikiRef(host=host, api=api or f"{base}/w/api.php", title=title, pageid=pageid, shown=text)


def parse_lang_title(text: str, api: str | None = None) -> WikiRef:
    """`LANG:TITLE` (`id:Josef Stalin`) -> the article on that Wikipedia."""
    lang, sep, title = text.partition(":")
    lang, title = lang.strip().lower(), _clean_title(title)
    if not sep or not LANG_CODE.fullmatch(lang) or not title:
        raise SourceError(f"'{text}' is not LANG:TITLE", where="--wikipedia",
                          hint="Write the Wikipedia's language code, a colon and the title, "
                               "e.g. --wikipedia \"id:Josef Stalin\".")
    host = f"{lang}.wikipedia.org"
    return WikiRef(host=host, api=api or f"https://{host}/w/api.php", title=title, shown=text)


def parse_source(text: str, api: str | None = None) -> WikiRef:
    """A link, or LANG:TITLE (the form a course file may also use)."""
    return parse_link(text, api) if is_link(text) else parse_lang_title(text, api)


def _clean_title(title: str) -> str:
    """Underscores are spaces in a title; the #fragment is not part of it."""
    return re.sub(r"\s+", " ", title.split("#", 1)[0].replace("_", " ")).strip()


def link_problems(values: dict) -> list[str]:
    """A course file's [sources]: at least one article, and links that parse.
    (`values` are the checked course.toml values by dotted key.)"""
    files, links = values.get("sources.files", []), values.get("sources.wikipedia", [])
    problems = []
    if not files and not links:
        problems.append("sources.files: list at least one article file" if "sources.files" in values
                        else "sources.files: required, but missing (or links to fetch: "
                             "wikipedia = [\"https://id.wikipedia.org/wiki/…\"])")
    for index, link in enumerate(links):
        try:
            parse_source(link)
        except SourceError:
            problems.append(f"sources.wikipedia[{index}]: '{link}' is not a wiki link or LANG:TITLE "
                            "(e.g. \"https://id.wikipedia.org/wiki/Josef_Stalin\" or \"id:Josef Stalin\")")
    return problems
