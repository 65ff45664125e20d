"""Extract stage, the who's-who appendix: the people who matter in an article.

Input: an `Article` and how many people to keep. Output: `Person`s,
ranked by mentions and spread over chapters, each with the role the
article gives them and references to the paragraphs that mention them.
`entries` drives the work (its docstring lists the steps, one module
each: `not_a_person`, `same_person`, `joins`, `kin`, `name_forms`,
`context`, `one_entry`); `roles`, `role_clues` and `mention_roles` read
the role told at each mention, and `role_gate` decides whether it is
printed.
"""

from pack.extract.people.entries import extract_people, ranked_people

__all__ = ["extract_people", "ranked_people"]
