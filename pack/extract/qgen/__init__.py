"""Question generation internals, shared by `questions`, `quiz` and `teaching`.

Stage: extract. The public entry points are `pack.extract.questions`,
`pack.extract.quiz` and `pack.extract.teaching`; this package holds what
they share: language data (`qlang`), sentences and clauses (`sentences`,
`clauses`), names and pronouns (`names`, `context`), terms the article
defines (`definitions`), and one generator module per family of questions
(`ask_terms`, `ask_cause`, `ask_claims`, `ask_recall`) that proposes
`candidate.Candidate`s for the ranker.
"""
