"""Extract stage: pure functions from an `Article` to teaching material.

`glossary` and `people` (key terms and the who's-who), `timeline` (dated
events) and `questions` (discussion questions, objectives, quiz). Each is
deterministic and points every item at the paragraph it came from.
"""
