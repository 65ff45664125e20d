"""Extract stage, the timeline appendix: dated events and chapter periods.

Input: an `Article`. Output: `extract_timeline` gives `TimelineEvent`s in
chronological order, the key ones marked, each pointing at its paragraph;
`chapter_periods` gives the years each chapter is about (for the
timeline's drawing). `events` drives the work; the date tagger is
`dates` (with `date_patterns`, `date_scan`, `date_values`), `condense`
shortens a dated sentence to an entry, `rank` merges and scores events.
"""

from pack.extract.timeline.events import chapter_periods, extract_timeline

__all__ = ["extract_timeline", "chapter_periods"]
