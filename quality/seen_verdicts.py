"""The blind readings whose verdicts count as seen: one list for every script that learns from them.

Stage: offline, never at build time. Input: none (the list below, kept in
step with quality/SPLIT.md's Moves). Output: for one part of the pack
(glossary, people, timeline, questions), the verdict folders that hold
judged sheets of that part, each with the fresh set its articles come from.

quality/train_keep.py (glossary), quality/people_shapes.py (who's-who) and
quality/timeline_shapes.py (timeline) read their sets from here, so a
reading that becomes seen is added once. Never add a held-out reading
(`verdicts/heldout-*`) or the blind reading of a set nobody may tune on.
"""

from __future__ import annotations

from pathlib import Path

VERDICTS = Path(__file__).resolve().parent / "verdicts"

# (verdict folder under quality/verdicts, the fresh set under quality/ its articles come from)
READINGS = (
    ("fresh-blind-r19/fresh-gl-tl", "fresh"),
    ("fresh-blind-r19/fresh-questions", "fresh"),
    ("fresh-blind-r19/fresh2-q-tl", "fresh2"),
    ("fresh2-blind-r20", "fresh2"),
    ("fresh3-blind-r20", "fresh3"),
    ("fresh4-blind-r20", "fresh4"),
    ("fresh5-blind-r21", "fresh5"),
    ("fresh6-blind-r21", "fresh6"),
    ("fresh7-blind-r22", "fresh7"),
    ("fresh8-blind-r23", "fresh8"),
    ("fresh9-blind-r24", "fresh9"),
    ("fresh10-blind-r25", "fresh10"),
    ("fresh11-blind-r25", "fresh11"),
    ("fresh12-blind-r26", "fresh12"),
    ("fresh13-blind-r26", "fresh13"),
    ("fresh14-blind-r27", "fresh14"),
    ("fresh15-blind-r28", "fresh15"),
    ("fresh16-blind-r29", "fresh16"),
)

# The judged sheets of each part, as quality/blind.py's readers name them.
SHEETS = {"glossary": "judged-gl*.md", "people": "judged-pp*.md",
          "timeline": "judged-tl*.md", "questions": "judged-q*.md"}


def readings(part: str) -> list[tuple[Path, str]]:
    """(verdict folder, fresh set) of every seen reading with judged sheets of `part`."""
    return [(VERDICTS / folder, fresh) for folder, fresh in READINGS
            if any((VERDICTS / folder).glob(SHEETS[part]))]


def set_label(fresh: str) -> str:
    """'fresh2' -> 'fresh-2', the name the write-ups give a set ('fresh' stays)."""
    number = fresh.removeprefix("fresh")
    return f"fresh-{number}" if number else fresh
