"""Fetch stage, the MediaWiki Action API: one article, its revision and picture.

Inputs: a `WikiRef` and a `Client`. Outputs: a `Fetched`: the article's
plain text as TextExtracts gives it (`explaintext`, `exsectionformat=wiki`:
the lead, then `== Heading ==` lines: the layout pack.read parses), and
its record: canonical title after redirects, page id, the page's
language, the revision id and timestamp, the canonical, permanent and
history links, the wiki's content licence; and the lead picture
(PageImages' page image) at print width with its author and licence, when
that licence is free (`licences`).

All requests use `formatversion=2`. The refusals are `SourceError`s
(exit 3): no such page (with the titles the search API suggests), a
disambiguation page (with its first links), a page too short for a book,
an answer that is not a MediaWiki API's.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from urllib.parse import quote, urlparse

from PIL import Image, UnidentifiedImageError
from requests.utils import requote_uri

from pack.errors import SourceError
from pack.wiki.client import Client
from pack.wiki.licences import credit
from pack.wiki.links import WikiRef

MIN_WORDS = 300          # fewer words make no chapters, glossary or questions worth printing
PICTURE_WIDTH = 1600     # pixels: about 13.5 cm at 300 dpi, the cover's width and more
EXTMETADATA = "Artist|Credit|LicenseShortName|License|LicenseUrl|NonFree|ImageDescription|ObjectName"


@dataclass
class Fetched:
    text: str
    record: dict                   # what `saved` writes as <key>.json
    picture: bytes | None = None   # JPEG or PNG bytes of the lead picture, when free


def fetch_article(ref: WikiRef, client: Client) -> Fetched:
    data = _query(client, ref.api, _page_params(ref))
    page = _one_page(data, ref)
    if page.get("missing") or page.get("invalid"):
        raise _no_such_page(ref, client, page)
    if "disambiguation" in (page.get("pageprops") or {}):
        raise _disambiguation(ref, client, page["title"])
    text = page.get("extract") or ""
    words = len(re.findall(r"\w+", re.sub(r"^=+.*=+$", "", text, flags=re.MULTILINE)))
    if words < MIN_WORDS:
        raise SourceError(f"“{page['title']}” has only {words} words of text; a teaching pack needs "
                          f"at least {MIN_WORDS}", where=ref.shown,
                          hint="Choose a longer article, or combine several in a course.")
    record = _record(ref, data, page)
    fetched = Fetched(text=text.strip() + "\n", record=record)
    if page.get("pageimage"):
        _add_picture(fetched, ref, client, page["pageimage"])
    return fetched


def _page_params(ref: WikiRef) -> dict:
    params = {"prop": "extracts|revisions|info|pageimages|pageprops", "explaintext": 1,
              "exsectionformat": "wiki", "rvprop": "ids|timestamp", "inprop": "url",
              "piprop": "name", "ppprop": "disambiguation", "redirects": 1,
              "meta": "siteinfo", "siprop": "general|rightsinfo"}
    if ref.pageid:
        params["pageids"] = ref.pageid
    else:
        params["titles"] = ref.title
    return params


def _query(client: Client, api: str, params: dict) -> dict:
    data = client.json(api, {"action": "query", "format": "json", "formatversion": 2, **params})
    if not isinstance(data, dict) or "error" in data:
        info = data.get("error", {}).get("info", "") if isinstance(data, dict) else ""
        raise SourceError(f"the wiki refused the request: {info or 'unexpected answer'}", where=api,
                          hint="Check the link, or the --mediawiki-api URL.")
    return data


def _one_page(data: dict, ref: WikiRef) -> dict:
    pages = data.get("query", {}).get("pages") or []
    if not pages or not isinstance(pages[0], dict):
        raise SourceError(f"{urlparse(ref.api).netloc} did not answer like a MediaWiki API "
                          "(no page in the answer)", where=ref.api,
                          hint="Check the --mediawiki-api URL: it ends in api.php.")
    return pages[0]


def _no_such_page(ref: WikiRef, client: Client, page: dict) -> SourceError:
    wanted = ref.title or f"page id {ref.pageid}"
    close = []
    if ref.title:
        found = _query(client, ref.api, {"list": "search", "srsearch": ref.title,
                                         "srlimit": 5, "srprop": "", "srinfo": "suggestion"})
        close = [hit["title"] for hit in found.get("query", {}).get("search", [])]
        suggestion = found.get("query", {}).get("searchinfo", {}).get("suggestion")
        if suggestion and suggestion not in close:
            close.insert(0, suggestion)
    hint = ("Closest titles: " + "; ".join(close[:5]) + "." if close
            else "Check the spelling, or search the wiki and copy the article's link.")
    return SourceError(f"no article called “{wanted}” on {ref.host}", where=ref.shown, hint=hint)


def _disambiguation(ref: WikiRef, client: Client, title: str) -> SourceError:
    found = _query(client, ref.api, {"prop": "links", "titles": title, "plnamespace": 0,
                                     "pllimit": 10})
    links = [link["title"] for page in found.get("query", {}).get("pages", [])
             for link in page.get("links", [])]
    listed = "; ".join(links[:8]) or "(none listed)"
    return SourceError(f"“{title}” is a disambiguation page, a list of articles with similar names",
                       where=ref.shown, hint=f"Choose one of them: {listed}.")


def _record(ref: WikiRef, data: dict, page: dict) -> dict:
    """Everything the attribution needs, and what finds this copy again."""
    query = data.get("query", {})
    general, rights = query.get("general", {}), query.get("rightsinfo", {})
    revision = (page.get("revisions") or [{}])[0]
    title = page["title"]
    canonical = requote_uri(page.get("canonicalurl") or page.get("fullurl") or "")
    script = _script_url(general, canonical, ref)
    wiki_title = quote(title.replace(" ", "_"), safe="/:()',")
    revid = revision.get("revid") or page.get("lastrevid") or 0
    return {
        "title": title, "pageid": page.get("pageid", 0),
        "lang": page.get("pagelanguage") or general.get("lang") or ref.lang,
        "site": general.get("sitename", ""), "host": ref.host,
        "revision": revid, "timestamp": revision.get("timestamp", ""),
        "url": canonical,
        "permalink": f"{script}?title={wiki_title}&oldid={revid}",
        "history": f"{script}?title={wiki_title}&action=history",
        "licence": _licence_name(rights), "licence_url": rights.get("url", ""),
        "redirected_from": [r.get("from") for r in query.get("redirects", [])],
        "requested": [ref.key], "api": ref.api,
    }


def _script_url(general: dict, canonical: str, ref: WikiRef) -> str:
    """https://id.wikipedia.org/w/index.php, from the wiki's own siteinfo."""
    server = general.get("server") or ""
    if server.startswith("//"):
        server = "https:" + server
    if not server:
        parsed = urlparse(canonical) if canonical else urlparse(ref.api)
        server = f"{parsed.scheme}://{parsed.netloc}"
    return server + (general.get("script") or "/w/index.php")


def _licence_name(rights: dict) -> str:
    """'CC BY-SA 4.0' from the rightsinfo link when it is a Creative Commons one."""
    match = re.search(r"creativecommons\.org/licenses/([a-z-]+)/([\d.]+)", rights.get("url", ""))
    if match:
        return f"CC {match.group(1).upper()} {match.group(2)}"
    return rights.get("text", "")


def _add_picture(fetched: Fetched, ref: WikiRef, client: Client, name: str) -> None:
    """The page image at print width, if its licence is free; else a note why not."""
    file_title = f"File:{name.replace('_', ' ')}"
    data = _query(client, ref.api, {"prop": "imageinfo", "titles": file_title,
                                    "iiprop": "url|mime|size|extmetadata", "iiurlwidth": PICTURE_WIDTH,
                                    "iiextmetadatafilter": EXTMETADATA,
                                    "iiextmetadatalanguage": fetched.record["lang"] or "en"})
    pages = data.get("query", {}).get("pages") or [{}]
    info = (pages[0].get("imageinfo") or [{}])[0]
    found, why = credit(info.get("extmetadata") or {})
    if found is None:
        fetched.record["picture_left_out"] = f"{file_title}: {why}"
        return
    url = info.get("thumburl") or info.get("url")
    if not url:
        fetched.record["picture_left_out"] = f"{file_title}: the wiki gives no address for it"
        return
    picture, kind = _printable(client.content(url))
    if picture is None:
        fetched.record["picture_left_out"] = f"{file_title}: not a picture teachpack can print"
        return
    meta = info.get("extmetadata") or {}
    description = re.sub(r"<[^>]+>", "", str((meta.get("ImageDescription") or {}).get("value", "")))
    fetched.picture = picture
    fetched.record["picture"] = {
        "title": file_title, "page": requote_uri(info.get("descriptionurl", "")), "format": kind,
        "author": found.author, "licence": found.licence, "licence_url": found.licence_url,
        "description": re.sub(r"\s+", " ", description).strip()[:300],
    }


def _printable(data: bytes) -> tuple[bytes | None, str]:
    """JPEG and PNG bytes as they are; any other picture as PNG; None if none."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            if image.format in ("JPEG", "PNG"):
                return data, image.format.lower().replace("jpeg", "jpg")
            out = io.BytesIO()
            image.convert("RGBA" if "A" in image.getbands() else "RGB").save(out, format="PNG")
            return out.getvalue(), "png"
    except (UnidentifiedImageError, OSError):
        return None, ""
