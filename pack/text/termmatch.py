"""Text analysis, shared by later stages: how a term is found in running text.

Inputs: a term's written forms and the language's possessive endings
(`possessive_endings` in `pack/lang/<code>/text.toml`, handed in by the
caller). Outputs: one compiled pattern. The
glossary extractor picks its references with it, the anchors that page
references point at are placed with it, and a teacher's added terms are
located with it — so all three agree on what counts as a use. Kept free
of the extractors' word lists so that importing it costs nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache


def is_acronym(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z.]+", text))


def forms_pattern(forms, possessives: tuple[str, ...]) -> re.Pattern:
    """Any of `forms` as whole words.

    Spaces and dashes inside a form match any run of spaces or any dash;
    one of the `possessives` may follow ("Wöhler's"); a form may be doubled with a dash (an
    Indonesian plural). Acronyms match case-sensitively, other forms in any
    case.
    """
    return _compiled(tuple(sorted({f for f in forms if f}, key=lambda f: (-len(f), f))), possessives)


@lru_cache(maxsize=4096)
def _compiled(forms: tuple[str, ...], possessives: tuple[str, ...]) -> re.Pattern:
    parts = []
    for form in forms:
        body = re.escape(form)
        body = re.sub(r"(\\ )+", r"\\s+", body)
        body = re.sub(r"(\\-|–|\\–)", "[-–‐]", body)
        # A reduplicated plural ("gagasan-gagasan", "kulak-kulak") is a use too.
        parts.append(body if is_acronym(form) else f"(?i:{body}(?:[-–‐]{body})?)")
    ending = "|".join(map(re.escape, possessives))
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")" + (f"(?:{ending})?" if ending else "") + r"(?![\w-])")
