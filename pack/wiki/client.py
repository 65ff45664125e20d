"""Fetch stage, the HTTP client: requests with Wikimedia's manners.

Inputs: a URL and its query parameters. Outputs: the decoded JSON or the
bytes. Every request carries a descriptive User-Agent (Wikimedia's policy
asks for the tool's name, version and contact information), has a
connect and a read timeout, and is retried with exponential backoff on
429 and 5xx answers and on dropped connections; a Retry-After header is
honoured (urllib3's `Retry`, mounted on a requests `Session`). Whatever
still fails becomes one `SourceError` (exit 3): "cannot reach HOST: …".

`TEACHPACK_CONTACT` (an e-mail address or web page) goes into the
User-Agent, so that a wiki's operators can reach whoever runs the build.
`TEACHPACK_TIMEOUT` sets the read timeout in seconds (default 30), for
slow connections (and for the tests, which try a server that never answers).
"""

from __future__ import annotations

import os
from urllib.parse import urlparse

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from pack import __version__
from pack.errors import SourceError

CONTACT_HELP = "set TEACHPACK_CONTACT to an e-mail address or web page"
CONNECT_TIMEOUT = 10.0
# A read timeout is retried once only: a page too slow once is likely slow again.
RETRIES = Retry(total=4, read=1, backoff_factor=0.5, status_forcelist=(429, 500, 502, 503, 504),
                allowed_methods=("GET",), respect_retry_after_header=True, backoff_max=60)


class Client:
    """One session for all requests of a build (connections are reused)."""

    def __init__(self, retries: Retry = RETRIES) -> None:
        self.session = requests.Session()
        self.session.headers.update({"User-Agent": user_agent(), "Accept-Encoding": "gzip"})
        adapter = HTTPAdapter(max_retries=retries)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)
        self.timeout = (CONNECT_TIMEOUT, _read_timeout())

    def json(self, url: str, params: dict) -> dict:
        response = self._get(url, params)
        try:
            return response.json()
        except ValueError:
            raise SourceError(f"{_host(url)} did not answer like a MediaWiki API (not JSON)",
                              where=url, hint="Check the link, or the --mediawiki-api URL.") from None

    def content(self, url: str) -> bytes:
        return self._get(url, {}).content

    def _get(self, url: str, params: dict) -> requests.Response:
        try:
            response = self.session.get(url, params=params, timeout=self.timeout)
            response.raise_for_status()
            return response
        except requests.RequestException as exc:
            raise SourceError(f"cannot reach {_host(url)}: {_reason(exc)}",
                              hint="Check the connection and the link, then build again; a book "
                                   "built before is rebuilt from its saved copy without the network.") from None


def user_agent() -> str:
    """'teachpack/0.1.0 (teaching-pack builder; contact: …) python-requests/2.x', as
    Wikimedia's User-Agent policy asks: the tool, its version, a way to reach its user."""
    contact = os.environ.get("TEACHPACK_CONTACT", "").strip() or CONTACT_HELP
    return (f"teachpack/{__version__} (teaching-pack builder; contact: {contact}) "
            f"python-requests/{requests.__version__}")


def _read_timeout() -> float:
    value = os.environ.get("TEACHPACK_TIMEOUT", "").strip()
    try:
        return float(value) if value and float(value) > 0 else 30.0
    except ValueError:
        return 30.0


def _host(url: str) -> str:
    return urlparse(url).netloc or url


def _reason(exc: requests.RequestException) -> str:
    """A short reason a teacher can act on, not a chain of library exceptions."""
    if isinstance(exc, requests.exceptions.RetryError):
        return "the server kept answering 'too many requests' or a server error; try again later"
    if isinstance(exc, (requests.exceptions.ConnectTimeout, requests.exceptions.ReadTimeout)):
        return "no answer in time (timed out)"
    if isinstance(exc, requests.exceptions.ConnectionError):
        text = str(exc)
        if "timed out" in text:            # a read timeout, after its retry, comes wrapped
            return "no answer in time (timed out)"
        if "Name or service not known" in text or "NameResolution" in text or "getaddrinfo" in text:
            return "the name cannot be looked up (no network?)"
        if "Connection refused" in text:
            return "the connection was refused"
        return "no connection"
    if isinstance(exc, requests.exceptions.HTTPError) and exc.response is not None:
        return f"the server answered {exc.response.status_code} {exc.response.reason}"
    return exc.__class__.__name__
