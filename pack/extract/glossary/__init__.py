"""Extract stage, the glossary appendix: the key terms of an article.

Input: an `Article` and how many entries to keep. Output: `GlossaryEntry`s,
best first, each with the definition the article gives (or, from
`context`, the sentence that best explains the term) and references to the paragraphs that use it.
`entries` drives the work, with the definition patterns of
`pack.text.definitions`; `aliases` and `variants` group the spellings
of one term.
"""

from pack.extract.glossary.entries import extract_glossary

__all__ = ["extract_glossary"]
