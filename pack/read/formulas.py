"""Formulas as the text-extract service prints them, lifted out of the text.

Wikipedia's TextExtracts prints a formula (inline or display) as a column
of single symbols on indented lines, one a line, then its LaTeX source on
a line of its own, `{\\displaystyle ...}`, then a line of only spaces;
the text the formula sat in goes on after it on a line that opens with
one space (" is power (in watts)"). Read as paragraphs, the column becomes
paragraphs of one letter and the source a paragraph of LaTeX commands that
the glossary took for terms ("frac", "nabla", "mathbf").

`lift` takes every such block out of the text. A short formula (a symbol
or two: "s wave vs. d wave", "P is power") goes back into its sentence as
its symbols; a longer one becomes a line of its own holding a marker, which
`formula_blocks` turns into a ("f", formula) block the book prints as a
formula, so no extractor reads it. The formula is printed in plain notation
(`plain`: "∇²B = λ⁻²B") where its LaTeX commands are all common ones, else
as its LaTeX source. Nothing here depends on the language.

Stage: read (called by `pack.read.parse` before the text is split into
blocks). Inputs: the article's decoded text; then its parsed blocks.
Outputs: `lift` gives the text without the formula columns and the list
of the longer formulas' LaTeX sources; `formula_blocks` gives the blocks
with each marker line replaced by an ("f", LaTeX source) block.
"""

from __future__ import annotations

import re

from pack.lazypattern import LazyPattern

SOURCE = LazyPattern(r"^\s+\{\\displaystyle\s?(.*)\}\s*$")
# A line of the symbol column: only spaces, or indented by two or more.
COLUMN = LazyPattern(r"^(?:\s*|[ \t]{2,}\S.*)$")
# The text the formula sat in goes on after it on a line opening with one space.
CONTINUED = LazyPattern(r"^ \S")
# At most this many symbols (no spaces) are put back into the sentence.
INLINE_SYMBOLS = 3
# An accent the column prints as a symbol of its own after its letter
# ("V", "˙" for a dotted V) goes back onto the letter, as a combining mark.
ACCENTS = str.maketrans({"\u02d9": "\u0307", "\u00af": "\u0304", "\u02dc": "\u0303",
                         "\u00a8": "\u0308", "\u02c6": "\u0302"})
MARK = "\ue000formula{}\ue000"
MARKED = LazyPattern(r"^\ue000formula(\d+)\ue000$")


def lift(text: str) -> tuple[str, list[str]]:
    """The text with every formula block lifted out, and the display
    formulas' sources (the markers left in the text number them)."""
    if "{\\displaystyle" not in text:
        return text, []
    lines = text.split("\n")
    out: list[str] = []
    sources: list[str] = []
    index = 0
    while index < len(lines):
        match = SOURCE.match(lines[index])
        if not match:
            out.append(lines[index])
            index += 1
            continue
        symbols = _column(out)
        index += 1
        if index < len(lines) and not lines[index].strip():
            index += 1            # the line of spaces that closes the block
        going_on = index < len(lines) and CONTINUED.match(lines[index])
        if len(symbols) <= INLINE_SYMBOLS:
            _inline(out, symbols, lines[index] if going_on else "")
        else:
            sources.append(plain(match.group(1)))
            out += ["", MARK.format(len(sources) - 1), ""]
            if going_on:
                out.append(lines[index].strip())
        if going_on:
            index += 1
    return "\n".join(out), sources


def _column(out: list[str]) -> str:
    """Take the symbol column off the end of `out`; its symbols, joined."""
    start = len(out)
    while start and out[start - 1] and COLUMN.match(out[start - 1]):
        start -= 1
    symbols = "".join(line.strip() for line in out[start:])
    del out[start:]
    return symbols[:1] + symbols[1:].translate(ACCENTS)


def _inline(out: list[str], symbols: str, going_on: str) -> None:
    """Put a short formula's symbols back into its sentence: joined to the
    line before when that is text (not blank, not a heading), and to the
    text that goes on after it."""
    before = out[-1] if out and out[-1].strip() and not out[-1].lstrip().startswith(("=", "#")) else None
    piece = symbols + going_on
    if before is None:
        out.append(piece)
    else:
        out[-1] = before.rstrip() + ("" if before.rstrip().endswith("(") else " ") + piece


def readable(source: str) -> str:
    """The LaTeX source as printed: spacing commands as spaces, the thin
    space TeX writers put at a formula's end dropped."""
    source = re.sub(r"\s*\\q?quad\b\s*", "    ", source.strip())
    return re.sub(r"\s*\\[,;!]$", "", source)


def formula_blocks(blocks: list[tuple], sources: list[str]) -> list[tuple]:
    """Paragraph blocks that are a formula's marker as ("f", source) blocks."""
    if not sources:
        return blocks
    out = []
    for block in blocks:
        match = MARKED.match(block[1]) if block[0] == "p" else None
        out.append(("f", sources[int(match.group(1))]) if match else block)
    return out


# ------------------------------------------------------------ plain notation

# LaTeX commands a formula in an encyclopedia article uses most, as the
# character a reader knows. A formula with any other command is printed as
# its LaTeX source (`readable`).
SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
    "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ", "varphi": "φ",
    "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ",
    "Lambda": "Λ", "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    "partial": "∂", "nabla": "∇", "times": " × ", "cdot": " · ", "pm": " ± ", "infty": "∞",
    "leq": " ≤ ", "le": " ≤ ", "geq": " ≥ ", "ge": " ≥ ", "neq": " ≠ ", "approx": " ≈ ",
    "propto": " ∝ ", "sim": " ~ ", "to": " → ", "rightarrow": " → ", "sum": "Σ", "int": "∫",
    "hbar": "ħ", "ell": "ℓ", "degree": "°", "circ": "°",
    "quad": "    ", "qquad": "    ", ",": " ", ";": " ", ":": " ", " ": " ", "!": "",
    "left": "", "right": "", "displaystyle": "", "{": "{", "}": "}", "%": "%",
}
FONTS = {"mathbf", "mathrm", "mathit", "mathsf", "boldsymbol", "operatorname", "mathcal"}
TEXTS = {"text", "textrm", "mbox", "textit", "textbf"}
MARKS = {"dot": "\u0307", "ddot": "\u0308", "bar": "\u0304", "overline": "\u0304", "hat": "\u0302",
         "tilde": "\u0303", "vec": "\u20d7"}
SUPER = str.maketrans("0123456789+−=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ")
SUB = str.maketrans("0123456789+−=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")
SPACED = {"=": " = ", "+": " + ", ",": ", "}
FRACTION = LazyPattern("\x01([^\x01\x02]*)\x02")


class _Unknown(Exception):
    """A command `SYMBOLS` does not know."""


def plain(source: str) -> str:
    """The formula in plain notation ("∇²B = λ⁻²B" for
    `\\nabla ^{2}\\mathbf {B} =\\lambda ^{-2}\\mathbf {B}`), or its LaTeX
    source where it uses a command not known here."""
    try:
        text, _ = _sequence(source, 0, "")
    except (_Unknown, IndexError, ValueError):
        return readable(source)
    while FRACTION.search(text):            # innermost first: a fraction in a fraction
        text = FRACTION.sub(lambda m: _fraction(m, text), text, count=1)
    text = re.sub(r" {4,}", "\t", text)          # a quad, kept as a wide space
    return re.sub(r" {2,}", " ", text).replace("\t", "    ").strip()


def _fraction(match: re.Match, text: str) -> str:
    """A fraction, bracketed where a symbol stands right against it."""
    before = text[match.start() - 1:match.start()] if match.start() else ""
    after = text[match.end():match.end() + 1]
    against = any(c.isalnum() or c in "∂∇" for c in before + after)
    return f"({match.group(1)})" if against else match.group(1)


def _sequence(src: str, at: int, close: str) -> tuple[str, int]:
    """Plain text of src from `at` to the `close` character (or the end)."""
    out: list[str] = []
    while at < len(src) and src[at] != close:
        piece, at = _atom(src, at)
        out.append(piece)
    return "".join(out), at + 1


def _atom(src: str, at: int) -> tuple[str, int]:
    char = src[at]
    if char == "{":
        return _sequence(src, at + 1, "}")
    if char in "^_":
        arg, at = _argument(src, at + 1)
        return _script(arg, SUPER if char == "^" else SUB, char), at
    if char == "\\":
        return _command(src, at + 1)
    if char.isspace():
        return "", at + 1
    return SPACED.get(char, "−" if char == "-" else char), at + 1


def _argument(src: str, at: int) -> tuple[str, int]:
    while src[at].isspace():
        at += 1
    return _atom(src, at)


def _command(src: str, at: int) -> tuple[str, int]:
    name = re.match(r"[A-Za-z]+|.", src[at:]).group()
    at += len(name)
    if name in TEXTS:
        while src[at].isspace():
            at += 1
        end = src.index("}", at)
        return src[at + 1:end], end + 1
    if name in FONTS:
        return _argument(src, at)
    if name in MARKS:
        arg, at = _argument(src, at)
        return arg + MARKS[name], at
    if name in ("frac", "dfrac", "tfrac"):
        top, at = _argument(src, at)
        bottom, at = _argument(src, at)
        return f"\x01{_bracketed(top)}/{_bracketed(bottom)}\x02", at
    if name == "sqrt":
        arg, at = _argument(src, at)
        return "√" + _bracketed(arg), at
    if name in SYMBOLS:
        return SYMBOLS[name], at
    raise _Unknown(name)


def _bracketed(text: str) -> str:
    """A fraction's part, in brackets where it is more than a term."""
    return f"({text.strip()})" if re.search("[ +−=/×\x01]", text.strip()) else text.strip()


def _script(arg: str, table: dict, mark: str) -> str:
    """A superscript or subscript in the raised or lowered digits where
    every character has one, else as ^(...)."""
    arg = arg.strip()
    if arg == "°":
        return arg                          # 90^{\circ}: degrees
    if arg and all(c.translate(table) != c for c in arg):
        return arg.translate(table)
    return f"{mark}{_bracketed(arg) if len(arg) > 1 else arg}"
