"""Benchmark: what each feature of our HTML and CSS costs WeasyPrint per page (ablation).

    python bench/ablate.py [--html FILE] [--runs 5] [--only a,b] [--pandoc] [--count] [--as-built] [--out FILE]

Takes the finished HTML of the sample (`teachpack build --keep-html`, as
bench/pages.py makes it; or `--html FILE`) and lays it out again with one
thing removed at a time — a stylesheet rule overridden, or the HTML
changed — then draws it, each time in a fresh process (WeasyPrint keeps
caches between documents). Variants take turns in every round, and the
report gives each one's minimum over the rounds: on a shared machine the
minimum CPU time is the measure least moved by the neighbours.

Prints a Markdown table (and writes it to --out): layout and write CPU
ms per page, and the whole document's layout and write seconds against
the unchanged HTML. Not part of the tests.

`--count` measures each variant once, by counts that do not depend on the
load (cProfile in the fresh process, a fixed hash seed): the Python calls
of the layout and of the tagged write, the Pango layouts made, the lines
broken, the text objects drawn and the PDF objects written. They are the
before/after of a change when the machine is shared; the calls follow the
CPU time of WeasyPrint's Python code, not of Pango's own line breaking,
which the Pango layouts count.

`--as-built` lays out and writes every variant as a build does, inside
render.pdf.compat's wrappers (`laying_out`, `drawing`: fewer Pango
layouts and computed styles, SVG text by the run); without it, bare
WeasyPrint.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pages   # bench/pages.py: how our HTML and pandoc's are made

SHY = "\u00ad"


@dataclass
class Variant:
    name: str
    what: str
    css: str = ""                                        # a sheet added after ours
    html: Callable[[str], str] = lambda text: text       # a change to the HTML
    tagged: bool = False                                 # write as PDF/UA-1, as a build does
    options: dict = field(default_factory=dict)
    bare: bool = False                                   # bare WeasyPrint even with --as-built (pandoc's)


def _unwrap(pattern: str) -> Callable[[str], str]:
    """Replace each element matched by `pattern` (with one group: its content) by its content."""
    return lambda text: re.sub(pattern, r"\1", text, flags=re.S)


def _body(change: Callable[[str], str]) -> Callable[[str], str]:
    """Apply `change` to the body only (the head keeps its links)."""
    def apply(text: str) -> str:
        head, _, body = text.partition("<body")
        return head + "<body" + change(body)
    return apply


def _fonts_without(families: tuple[str, ...]) -> Callable[[str], str]:
    """fonts.css inlined without the @font-face rules of `families` (its font URLs made absolute)."""
    def change(text: str) -> str:
        link = re.search(r'<link rel="stylesheet" href="(file://[^"]*/)styles/fonts\.css"/>', text)
        sheet = Path(link.group(1).removeprefix("file://") + "styles/fonts.css").read_text(encoding="utf-8")
        kept = "\n".join(line for line in sheet.splitlines() if not any(f'"{f}"' in line for f in families))
        kept = kept.replace('url("../', f'url("{link.group(1)}')
        return text.replace(link.group(0), f"<style>{kept}</style>")
    return change


VARIANTS = [
    Variant("as built", "our HTML as `teachpack build --keep-html` leaves it"),
    Variant("tagged write", "written as PDF/UA-1 with metadata, as a build writes it", tagged=True),
    Variant("no soft hyphens", "every U+00AD removed from the text", html=_body(lambda b: b.replace(SHY, ""))),
    Variant("left-aligned", "`text-align: left` instead of justify",
            css="p, dd, li { text-align: left !important; }"),
    Variant("no margin boxes", "no running heads, feet or string-set",
            css="@page { @bottom-center { content: none } @top-left { content: none } @top-right { content: none } }"
                "@page :left { @top-left { content: none } } @page :right { @top-right { content: none } }"
                "* { string-set: none !important; }"),
    Variant("no break rules", "no break-inside/after avoid, orphans/widows 1",
            css="* { break-inside: auto !important; orphans: 1 !important; widows: 1 !important; }"
                "h1, h2, h3, h4, h5, h6, dt { break-after: auto !important; }"
                ".toc-list > li { break-before: auto !important; }"),
    Variant("no paragraph numbers", "the margin numbers' ::before removed",
            css=".chapter p[id]::before { content: none !important; }"),
    Variant("no empty page marks", "the empty `<span id=…></span>` anchors removed",
            html=_body(lambda b: re.sub(r'<span id="[^"]*"></span>', "", b))),
    Variant("no term links", "glossary/who's-who links in the text unwrapped",
            html=_body(_unwrap(r'<a href="#[^"]*" id="[^"]*" class="(?:term|person)">(.*?)</a>'))),
    Variant("term links as spans", "glossary/who's-who links in the text as `<span>` with the same id and class",
            html=_body(lambda b: re.sub(r'<a href="#[^"]*"( id="[^"]*" class="(?:term|person)">.*?)</a>',
                                        r"<span\1</span>", b, flags=re.S))),
    Variant("no term underline", "terms without their dotted underline",
            css="a.term { text-decoration: none !important; }"),
    Variant("no page references", "appendix page references as plain text",
            html=_body(_unwrap(r'<a class="pageref pn"[^>]*>([^<]*)</a>'))),
    Variant("no ref labels", "the hidden chapter labels of page references removed",
            html=_body(lambda b: re.sub(r'<span class="ref-label">[^<]*</span>', "", b))),
    Variant("no tabular digits", "`.pn` without font-variant-numeric",
            css=".pn { font-variant-numeric: normal !important; }"),
    Variant("no letter-spacing", "letter-spacing and text-transform off",
            css="* { letter-spacing: normal !important; text-transform: none !important; }"),
    Variant("one font family", "the body's fall-back families (Noto) off",
            css='html { font-family: "Charis SIL", serif !important; }'),
    Variant("no Andika faces", "fonts.css without the four Andika faces (only large print uses them)",
            html=_fonts_without(("Andika",))),
    Variant("no Andika or Noto faces", "fonts.css without Andika and the Noto fall-backs",
            html=_fonts_without(("Andika", "Noto Serif Georgian", "Noto Naskh Arabic"))),
    Variant("leader dots one by one", 'contents leaders `leader(".")`, as before print.css made them pairs',
            css='.toc a .pn::before { content: leader(".") " " !important; }'),
    Variant("leader dots in fours", 'contents leaders `leader("....")`',
            css='.toc a .pn::before { content: leader("....") " " !important; }'),
    Variant("no leader dots", "contents without leader()",
            css='.toc a .pn::before { content: " " !important; }'),
    Variant("no timeline image", "the timeline's inline SVG removed",
            html=_body(lambda b: re.sub(r"<svg.*?</svg>", "", b, flags=re.S))),
    Variant("no inline-blocks", "event dates and paragraph numbers inline",
            css="li.event .event-date, .chapter p[id]::before { display: inline !important; }"),
    Variant("no epub attributes", "epub:type, role, aria-*, data-* attributes removed",
            html=_body(lambda b: re.sub(r' (?:epub:type|role|aria-[a-z]+|data-[a-z]+)="[^"]*"', "", b))),
    Variant("no overflow-wrap", "`overflow-wrap: normal` for paragraphs and links (break-word, anywhere)",
            css="p, a, pre, code { overflow-wrap: normal !important; }"),
    Variant("no quiz columns", "the quiz's options in one column, not `columns: 2`",
            css="ol.options { columns: auto !important; }"),
    Variant("everything hidden", "body children display: none (parse, cascade, fonts)",
            css="body > * { display: none !important; }"),
]


def main() -> None:
    options = _options()
    if options.measure:
        with _as_built(options.as_built):
            (_count_here if options.count else _measure_here)(Path(options.measure), options.tagged)
        return
    work = Path(tempfile.mkdtemp(prefix="teachpack-ablate-"))
    try:
        source = options.html or pages._our_html(pages.SAMPLE, work)
        chosen = [v for v in VARIANTS if not options.only or v.name in options.only.split(",")]
        files = {v.name: _write_variant(v, source.read_text(encoding="utf-8"), work) for v in chosen}
        if options.pandoc:
            chosen.append(Variant("pandoc's HTML", "`pandoc -s -t html5 --toc` of the same article, for scale",
                                  bare=True))
            files[chosen[-1].name] = pages._pandoc_html(pages.SAMPLE, work)
        if options.count:
            counts = {v.name: _measure(files[v.name], v.tagged, True, options.as_built and not v.bare)
                      for v in chosen}
            report = _count_report(chosen, counts)
        else:
            results: dict[str, list[dict]] = {v.name: [] for v in chosen}
            for round_ in range(options.runs):
                for variant in chosen:
                    results[variant.name].append(_measure(files[variant.name], variant.tagged,
                                                          as_built=options.as_built and not variant.bare))
                print(f"round {round_ + 1} of {options.runs} done", file=sys.stderr)
            report = _report(chosen, results, options.runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(report)
    if options.out:
        options.out.write_text(report, encoding="utf-8")


def _options():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--html", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", help="variant names, comma-separated")
    parser.add_argument("--pandoc", action="store_true", help="add pandoc's HTML as the last row")
    parser.add_argument("--count", action="store_true", help="counts that do not depend on the load, one run each")
    parser.add_argument("--as-built", action="store_true",
                        help="inside render.pdf.compat's wrappers, as a build lays out and writes")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--measure", help=argparse.SUPPRESS)       # the child's job
    parser.add_argument("--tagged", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args()


def _write_variant(variant: Variant, text: str, work: Path) -> Path:
    text = variant.html(text)
    if variant.css:
        text = text.replace("</head>", f"<style>{variant.css}</style>\n</head>", 1)
    path = work / (re.sub(r"\W+", "-", variant.name) + ".html")
    path.write_text(text, encoding="utf-8")
    return path


def _measure(path: Path, tagged: bool, count: bool = False, as_built: bool = False) -> dict:
    command = [sys.executable, __file__, "--measure", str(path)] + (["--tagged"] if tagged else [])
    command += (["--count"] if count else []) + (["--as-built"] if as_built else [])
    # A fixed hash seed: the order of sets, so the counts, are the same every run.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout)


@contextmanager
def _as_built(wanted: bool):
    """The layout and the write inside render.pdf.compat's wrappers, when wanted
    (the child's: `document` is laid out and written inside both)."""
    if not wanted:
        yield
        return
    sys.path.insert(0, str(pages.ROOT))
    from pack.render.pdf import compat
    with compat.laying_out(), compat.drawing():
        yield


def _measure_here(path: Path, tagged: bool) -> None:
    """In a fresh process: CPU seconds of layout and of writing, and the page count."""
    import weasyprint
    options = {"pdf_identifier": b"teachpack", "custom_metadata": True, "pdf_variant": "pdf/ua-1"} if tagged else {}
    start = time.process_time()
    document = weasyprint.HTML(filename=str(path)).render(**options)
    layout = time.process_time() - start
    start = time.process_time()
    document.write_pdf(**options)
    write = time.process_time() - start
    print(json.dumps({"pages": len(document.pages), "layout": layout, "write": write}))


# What `--count` counts: (label, function name, end of its file's path).
COUNTED = [("Pango layouts", "create_layout", "text/line_break.py"),
           ("lines broken", "split_first_line", "text/line_break.py"),
           ("styles computed", "set_computed_styles", "css/__init__.py"),
           ("text objects drawn", "draw_first_line", "draw/text.py"),
           ("PDF objects", "add_object", "pydyf/__init__.py")]


def _count_here(path: Path, tagged: bool) -> None:
    """In a fresh process: the Python calls of layout and of writing (as PDF/UA-1,
    as a build writes), and the counts of COUNTED over both."""
    import weasyprint
    options = {"pdf_identifier": b"teachpack", "custom_metadata": True, "pdf_variant": "pdf/ua-1"}
    stats, document = [], None
    for step in ("layout", "write"):
        profile = cProfile.Profile()
        profile.enable()
        if step == "layout":
            document = weasyprint.HTML(filename=str(path)).render(**options)
        else:
            document.write_pdf(**options)
        profile.disable()
        stats.append(pstats.Stats(profile).stats)
    result = {"pages": len(document.pages),
              "layout calls": sum(row[1] for row in stats[0].values()),
              "write calls": sum(row[1] for row in stats[1].values())}
    for label, name, ending in COUNTED:
        result[label] = sum(row[1] for step in stats for (file, _, function), row in step.items()
                            if function == name and file.endswith(ending))
    print(json.dumps(result))


def _count_report(chosen: list[Variant], results: dict[str, dict]) -> str:
    base = results[chosen[0].name]
    labels = ["layout calls", "write calls"] + [label for label, _, _ in COUNTED]
    lines = ["Counts of one run each (cProfile, PYTHONHASHSEED=0; layout and PDF/UA-1 write), "
             "Δ against the first row.", "",
             "| variant | pages | " + " | ".join(labels) + " |", "|---|---:|" + "---:|" * len(labels)]
    for variant in chosen:
        row = results[variant.name]
        cells = [f"{row[label]:,}" + (f" ({(row[label] - base[label]) / base[label]:+.1%})"
                                      if variant is not chosen[0] and base[label] else "") for label in labels]
        lines.append(f"| {variant.name} | {row['pages']} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _report(chosen: list[Variant], results: dict[str, list[dict]], runs: int) -> str:
    base = results[chosen[0].name]
    base_layout, base_write = min(r["layout"] for r in base), min(r["write"] for r in base)
    lines = [f"CPU, minimum of {runs} fresh processes, variants taking turns.", "",
             "| variant | pages | layout ms/page | write ms/page | layout s (Δ) | write s (Δ) |",
             "|---|---:|---:|---:|---:|---:|"]
    for variant in chosen:
        rows = results[variant.name]
        pages_, layout, write = rows[0]["pages"], min(r["layout"] for r in rows), min(r["write"] for r in rows)
        lines.append(f"| {variant.name} ({variant.what}) | {pages_} | {layout / pages_ * 1000:.1f} "
                     f"| {write / pages_ * 1000:.1f} | {layout:.2f} ({layout - base_layout:+.2f}) "
                     f"| {write:.2f} ({write - base_write:+.2f}) |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
