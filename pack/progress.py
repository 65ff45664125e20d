"""Progress in words a teacher reads: what the build is doing, and on which page.

Stage: the command line's report while rendering. Inputs: a render job's
name ("pdf (student)", "pdf (teacher) 2/2" for the second of a PDF's two
parts) and one of WeasyPrint's progress messages ("Step 5 - Creating
layout - Page 34", "Step 2 - Fetching and parsing CSS - file:///…").
Outputs: one short line: "student PDF, chapters: laying out page 34".
File names and WeasyPrint's step numbers are left out; a message this
module does not know becomes "working".
"""

from __future__ import annotations

import re

STEPS = {
    "1": "reading the pages",
    "2": "reading the stylesheets",
    "3": "applying the styles",
    "4": "arranging the text",
    "6": "writing the PDF file",
    "7": "adding the title and author to the PDF",
}
PARTS = {"1/2": "chapters", "2/2": "appendices"}


def describe(job: str, message: str) -> str:
    return f"{_what(job)}: {_doing(message)}"


def _what(job: str) -> str:
    """'pdf (teacher) 2/2' -> 'teacher PDF, appendices'."""
    match = re.fullmatch(r"(\w+) \((\w+)\)(?: (\d+/\d+))?", job)
    if not match:
        return job
    fmt, edition, part = match.groups()
    shown = f"{edition} {fmt.upper()}"
    return f"{shown}, {PARTS.get(part, 'part ' + part)}" if part else shown


def _doing(message: str) -> str:
    step = re.match(r"Step (\d+) - ", message)
    if not step:
        return "working"
    page = re.search(r"Page (\d+)", message)
    if step.group(1) == "5" and page:
        return f"laying out page {page.group(1)}"
    if step.group(1) == "5":
        return "laying out the pages again, so page numbers settle"
    return STEPS.get(step.group(1), "working")
