"""Text analysis: every definition pattern, in one place.

Input: one occurrence of a term (tokens first..last) in a token
`Sentence`, its normalised keys and the `Language` (cue words in
`glossary.toml` [definitions]). Output: `definitions_at` gives the
`Found` definitions the article itself gives there — "X (Y)", "Y (X)",
"... yang disebut X", "X, yaitu Y", "X, a Y", "X is a Y", lists, origins
— each with its pattern and a quality (`patterns` lists them all, best
first; `brackets`, `lists`, `relatives` and `origins` hold the longer
ones). The glossary picks each term's best definition with it, among
those that `shown` lets through, and prints it only when the `Found` is
`printed` (`checks.printed`: the pattern kinds measured right); the
questions and the quiz use the glossary's defined terms.
"""

from pack.text.definitions.checks import shown
from pack.text.definitions.patterns import QUALITY, Found, definitions_at

__all__ = ["QUALITY", "Found", "definitions_at", "shown"]
