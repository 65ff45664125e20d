"""Extract stage, the timeline appendix: dated events and chapter periods.

Input: an `Article`. Output: `extract_timeline(article)` gives a `Timeline`:
`events`, the `TimelineEvent`s in chronological order, the key ones marked,
each pointing at its paragraph, and `periods`, the years each chapter is
about as (chapter id, title, first year, last year), for the timeline's
drawing. `events` drives the work; the date tagger is `dates` (with
`date_patterns`, `date_scan`, `date_values`), `condense` shortens a dated
sentence to an entry, `readable` holds back or mends what cannot be read
alone, `whole` prints the sentence where the cut was not certain, `rank`
merges and scores events, `periods` reads the years of the headings.
"""

from pack.extract.timeline.events import Timeline, extract_timeline

__all__ = ["extract_timeline", "Timeline"]
