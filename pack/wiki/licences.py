"""Fetch stage, picture licences: may the lead picture be printed in the pack?

Inputs: a file's `extmetadata` from the MediaWiki API's imageinfo
(LicenseShortName, License, LicenseUrl, NonFree, Artist, Credit …).
Outputs: a `Credit` (author, licence name, licence link) when the licence
is free — Creative Commons BY or BY-SA, CC0, public domain, GFDL, Free Art
— or the reason the picture is left out: a non-free file (fair use on a
local wiki), a NonCommercial or NoDerivatives licence, or a licence the
metadata does not state. A pack is handed out and copied; only a licence
that allows that is used.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# Licence codes (`License`, lower case) and short names that allow copying
# and adapting for any purpose. NC/ND variants are checked first.
FREE = re.compile(r"^(cc[- ]by(-sa)?([- ][\d.]+.*)?|cc[- ]?0.*|cc[- ]zero.*|pd.*|public domain.*|"
                  r"gfdl.*|fal|free art.*|attribution|cc by(-sa)? [\d.]+.*)$")
RESTRICTED = re.compile(r"(^|[- ])(nc|nd)([- ]|$)|non-?commercial|no ?deriv")


@dataclass(frozen=True)
class Credit:
    """Who made a free picture and under which licence, as the attribution
    page prints it (the licence's short name and the page that states it)."""
    author: str
    licence: str
    licence_url: str


def credit(meta: dict) -> tuple[Credit | None, str]:
    """(the credit, "") for a free picture, or (None, why it is not used)."""
    value = lambda key: _plain(str((meta.get(key) or {}).get("value", "")))
    if value("NonFree").lower() in ("true", "1", "yes"):
        return None, "its file is marked non-free"
    names = [value("License").lower(), value("LicenseShortName").lower()]
    names = [n for n in names if n]
    if not names:
        return None, "its licence is not stated"
    if any(RESTRICTED.search(n) for n in names):
        return None, f"its licence ({value('LicenseShortName') or names[0]}) is not free"
    if not any(FREE.match(n) for n in names):
        return None, f"its licence ({value('LicenseShortName') or names[0]}) is not a known free licence"
    author = value("Artist") or value("Credit") or "unknown author"
    return Credit(author=author[:200], licence=value("LicenseShortName") or names[0],
                  licence_url=value("LicenseUrl")), ""


def _plain(text: str) -> str:
    """Metadata values are HTML fragments ("<a href=…>Name</a>"): their text only."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", text))).strip()
