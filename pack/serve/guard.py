"""Review in the browser, the guard: only the teacher's own page may talk
to the server (an ASGI middleware around the application).

Inputs: every request's scope and headers. Outputs: the request passed
on, or refused with 403 and one line saying why:
  - a Host other than 127.0.0.1 or localhost on our port (a web page
    that points its own host name at 127.0.0.1 — DNS rebinding);
  - an Origin other than ours, or a browser's own word that the request
    comes from another site (Sec-Fetch-Site: cross-site);
  - a request that changes anything (not GET or HEAD) without the
    page's CSRF token in the X-CSRF-Token header.
Responses also carry a Content-Security-Policy: scripts only from this
server, the page framable only by itself.
"""

from __future__ import annotations

import secrets

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import PlainTextResponse

SAFE_METHODS = {"GET", "HEAD"}
TOKEN_HEADER = "x-csrf-token"
POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          "img-src 'self' data:; font-src 'self'; frame-ancestors 'self'; form-action 'self'; "
          "base-uri 'none'; object-src 'none'")


class Guard:
    def __init__(self, app, port: int, token: str) -> None:
        self.app = app
        self.token = token
        self.hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}
        self.origins = {f"http://{host}" for host in self.hosts}

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self.refusal(scope)
        if refusal:
            await PlainTextResponse(refusal, status_code=403)(scope, receive, send)
            return

        async def with_policy(message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = POLICY
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "no-referrer"
            await send(message)
        await self.app(scope, receive, with_policy)

    def refusal(self, scope) -> str:
        headers = Headers(scope=scope)
        if headers.get("host") not in self.hosts:
            return "refused: this server answers only to its own address"
        origin = headers.get("origin")
        if origin is not None and origin not in self.origins:
            return "refused: a request from another site"
        if headers.get("sec-fetch-site") == "cross-site":
            return "refused: a request from another site"
        if scope["method"] not in SAFE_METHODS and \
                not secrets.compare_digest(headers.get(TOKEN_HEADER, ""), self.token):
            return "refused: the page's token is missing or wrong; reload the page"
        return ""
