"""A MediaWiki Action API on 127.0.0.1, for the fetch tests.

A real HTTP server (http.server in a thread) that answers the queries
pack.wiki sends the way MediaWiki does with `formatversion=2`: pages with
TextExtracts text, revisions, info (canonical URL, page language),
PageImages and page props; `redirects`, `normalized`, missing pages and
the search API's suggestions, a disambiguation page's links, files'
imageinfo with extmetadata, and the picture files themselves. Some
titles misbehave on purpose: one answers 429 with Retry-After once, one
never answers in time. Every request is recorded (path, query, headers).
"""

from __future__ import annotations

import io
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from PIL import Image

SAMPLES = Path(__file__).resolve().parent.parent / "assets" / "samples"
BUSY, SLOW = "Busy Article", "Slow Article"


def sample_text(name: str, words: int) -> str:
    """The start of a bundled sample (TextExtracts layout), about `words` long,
    ending with a paragraph, not a heading."""
    kept, count = [], 0
    for line in (SAMPLES / name).read_text(encoding="utf-8").splitlines():
        kept.append(line)
        if not line.startswith("=="):
            count += len(line.split())
        if count >= words and line.strip() and not line.startswith("=="):
            break
    return "\n".join(kept) + "\n"


def picture_bytes(colour: str, size=(1600, 1200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="JPEG", quality=60)
    return out.getvalue()


@dataclass
class WikiPage:
    title: str
    text: str
    lang: str = "id"
    pageid: int = 1
    revid: int = 1000
    timestamp: str = "2025-11-20T08:30:00Z"
    image: str = ""                  # the page image's file name
    links: list[str] = field(default_factory=list)   # for a disambiguation page


@dataclass
class WikiFile:
    data: bytes
    licence: str                     # LicenseShortName
    code: str                        # License
    artist: str = '<a href="//commons.wikimedia.org/wiki/User:Ana">Ana Photographer</a>'
    non_free: bool = False


class FakeWiki:
    def __init__(self, host: str = "id.wikipedia.org") -> None:
        self.host = host
        self.pages: dict[str, WikiPage] = {}
        self.redirects: dict[str, str] = {}
        self.files: dict[str, WikiFile] = {}
        self.requests: list[tuple[str, dict, dict]] = []
        self.busy_left = 1            # 429s still to send for BUSY
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.api = f"{self.base}/w/api.php"

    def __enter__(self) -> "FakeWiki":
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def add(self, page: WikiPage) -> WikiPage:
        page.pageid = page.pageid if page.pageid != 1 else len(self.pages) + 1
        self.pages[page.title] = page
        return page

    def api_requests(self) -> list[dict]:
        return [query for path, query, _ in self.requests if path == "/w/api.php"]

    # ---------------------------------------------------------------- answers

    def answer(self, path: str, query: dict) -> tuple[int, dict, bytes]:
        if path.startswith("/images/"):
            found = self.files.get(path[len("/images/"):])
            return (200, {"Content-Type": "image/jpeg"}, found.data) if found else (404, {}, b"")
        if path != "/w/api.php":
            return 404, {}, b"not found"
        if query.get("list") == "search":
            return self._json(self._search(query["srsearch"]))
        if query.get("prop") == "links":
            page = self.pages[query["titles"]]
            return self._json({"query": {"pages": [{"title": page.title, "ns": 0, "pageid": page.pageid,
                                                    "links": [{"ns": 0, "title": t} for t in page.links]}]}})
        if query.get("prop") == "imageinfo":
            return self._json(self._imageinfo(query["titles"]))
        return self._page_query(query)

    def _json(self, data: dict) -> tuple[int, dict, bytes]:
        return 200, {"Content-Type": "application/json; charset=utf-8"}, json.dumps(data).encode()

    def _page_query(self, query: dict):
        assert query.get("formatversion") == "2", "pack.wiki asks for formatversion=2"
        answer: dict = {"batchcomplete": True, "query": {}}
        if "pageids" in query:
            page = next((p for p in self.pages.values() if p.pageid == int(query["pageids"])), None)
            entry = self._page(page) if page else {"pageid": int(query["pageids"]), "missing": True}
        else:
            title = query["titles"]
            normal = title[:1].upper() + title[1:]
            if normal != title:
                answer["query"]["normalized"] = [{"fromencoded": False, "from": title, "to": normal}]
            if normal in self.redirects:
                answer["query"]["redirects"] = [{"from": normal, "to": self.redirects[normal]}]
                normal = self.redirects[normal]
            if normal == BUSY and self.busy_left:
                self.busy_left -= 1
                return 429, {"Retry-After": "1", "Content-Type": "text/plain"}, b"Too many requests"
            if normal == SLOW:
                time.sleep(3)
            page = self.pages.get(normal)
            entry = self._page(page) if page else {"ns": 0, "title": normal, "missing": True}
        answer["query"]["pages"] = [entry]
        answer["query"]["general"] = {"sitename": "Wikipedia", "lang": "id", "server": f"//{self.host}",
                                      "script": "/w/index.php", "articlepath": "/wiki/$1"}
        answer["query"]["rightsinfo"] = {"url": "https://creativecommons.org/licenses/by-sa/4.0/",
                                         "text": "Creative Commons Attribution-Share Alike 4.0"}
        return self._json(answer)

    def _page(self, page: WikiPage) -> dict:
        url = f"https://{self.host}/wiki/{page.title.replace(' ', '_')}"
        entry = {"pageid": page.pageid, "ns": 0, "title": page.title, "contentmodel": "wikitext",
                 "pagelanguage": page.lang, "pagelanguagehtmlcode": page.lang, "pagelanguagedir": "ltr",
                 "lastrevid": page.revid, "length": len(page.text), "fullurl": url, "canonicalurl": url,
                 "editurl": url + "?action=edit",
                 "revisions": [{"revid": page.revid, "parentid": page.revid - 1, "timestamp": page.timestamp}],
                 "extract": page.text}
        if page.image:
            entry["pageimage"] = page.image
        if page.links:
            entry["pageprops"] = {"disambiguation": ""}
        return entry

    def _search(self, text: str) -> dict:
        words = set(text.casefold().split())
        hits = [t for t in self.pages if words & set(t.casefold().split())]
        return {"batchcomplete": True, "query": {"searchinfo": {"totalhits": len(hits)},
                                                  "search": [{"ns": 0, "title": t} for t in hits]}}

    def _imageinfo(self, title: str) -> dict:
        name = title.split(":", 1)[1].replace(" ", "_")
        found = self.files[name]
        meta = {"LicenseShortName": {"value": found.licence, "source": "commons-desc-page"},
                "License": {"value": found.code, "source": "commons-templates"},
                "Artist": {"value": found.artist, "source": "commons-desc-page"},
                "ImageDescription": {"value": f"<i>{name}</i> on the wiki", "source": "commons-desc-page"}}
        if found.non_free:
            meta["NonFree"] = {"value": "true", "source": "commons-desc-page"}
        info = {"url": f"{self.base}/images/{name}", "descriptionurl": f"https://{self.host}/wiki/File:{name}",
                "thumburl": f"{self.base}/images/{name}", "thumbwidth": 1600, "thumbheight": 1200,
                "mime": "image/jpeg", "extmetadata": meta}
        return {"query": {"pages": [{"ns": 6, "title": title, "missing": True, "known": True,
                                     "imagerepository": "shared", "imageinfo": [info]}]}}


def _handler(wiki: FakeWiki):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):                      # noqa: N802 (the stdlib's name)
            url = urlparse(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            wiki.requests.append((url.path, query, dict(self.headers)))
            status, headers, body = wiki.answer(url.path, query)
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass                           # the client gave up (the timeout test)

        def log_message(self, *args):          # keep the test output clean
            pass
    return Handler
