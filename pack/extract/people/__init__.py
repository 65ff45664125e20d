"""Extract stage, the who's-who appendix: the people who matter in an article.

Input: an `Article` and how many people to keep. Output: `Person`s,
ranked by mentions and spread over chapters, each with the role the
article gives them and references to the paragraphs that mention them.
`entries` drives the work; `roles`, `role_clues` and `mention_roles`
read the role told at each mention.
"""

from pack.extract.people.entries import extract_people, ranked_people

__all__ = ["extract_people", "ranked_people"]
