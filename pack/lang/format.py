"""Dates and numbers written the book's language's way.

Stage: render (template helpers `format_date` and `format_number`).
Inputs: an ISO date ("2026-11-29", "2026-11", "2026") or a number, and a
language code; the month names, date patterns and separators come from
`pack/lang/<code>/format.toml` (every key required).
Outputs: text such as "29 November 2026" or "2.775.700".
"""

from __future__ import annotations

import re

from pack import lang as langdata


def _format(code: str) -> dict:
    return langdata.load(code, "format")


def format_date(iso: str, code: str) -> str:
    """'2026-11-29' -> '29 November 2026'; anything else comes back as it is."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso or "")
    if not match:
        return iso
    data = _format(code)
    year, month, day = match.groups()
    if month is None or not 1 <= int(month) <= 12:
        return year
    name = data["months"][int(month) - 1]
    if day is None:
        return data["date_month"].format(month=name, year=year)
    return data["date_day"].format(day=int(day), month=name, year=year)


def format_number(number: float, code: str, decimals: int = 0) -> str:
    """2775700 -> '2.775.700' (id) or '2,775,700' (en)."""
    data = _format(code)
    whole, _, fraction = f"{abs(number):,.{decimals}f}".partition(".")
    text = whole.replace(",", data["thousands_separator"])
    if fraction:
        text += data["decimal_mark"] + fraction
    return ("-" if number < 0 else "") + text
