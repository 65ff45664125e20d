"""Text analysis shared by every extractor: what an article's text says, computed once.

Input: an `Article` and its language data. Output: sentences and word
tokens (`tokens`), the language data and word frequencies (`language`),
capitalised name runs (`runs`), how often each word is written
capitalised (`cases`) and candidate names and terms with where they
occur (`candidates`), each classified as person, place or term
(`kinds`), noun phrases next to a cue (`phrases`), what an English
word can be (`wordclass`, a lexicon), all gathered in one
`Analysis` per article (`analysis`). `termmatch` is how later stages
find a glossary term in running text; `shortstack` imports wordfreq
cheaply, when `frequency` first needs it.
"""
