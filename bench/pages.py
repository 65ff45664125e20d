"""Benchmark: WeasyPrint's cost per page, on our HTML and on pandoc's HTML of the same article.

    python bench/pages.py [--article FILE] [--runs 3] [--as-built] [--profile] [--out FILE]

Makes both HTML documents — ours with `teachpack build --keep-html` (one
process, page numbers written in), pandoc's as it hands it to WeasyPrint
for `--pdf-engine=weasyprint` (`-s -t html5 --toc`) — then measures bare
WeasyPrint on each:

- in this process: layout (`HTML(...).render()`) and writing
  (`Document.write_pdf()`), each per page;
- as a whole command (`python -m weasyprint IN OUT`), per page.

`--as-built` adds a row: our HTML laid out and written as a build does,
inside render.pdf.compat's wrappers (`laying_out`, `drawing`); the
ratios are then given for that row too. Pandoc's HTML is always laid
out by bare WeasyPrint, as pandoc runs it.

Times are CPU seconds (this process's `time.process_time`, a child's
`getrusage`), medians of `--runs`: on a shared, busy machine wall time
says more about the neighbours than about us. `--profile` adds where
the layout's CPU time goes, by WeasyPrint module (cProfile, own time),
for both documents side by side.

Prints a Markdown report (and writes it to --out). Not part of the tests.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import weasyprint

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "assets" / "samples" / "id-stalin.txt"


def main() -> None:
    options = _options()
    work = Path(tempfile.mkdtemp(prefix="teachpack-pages-"))
    try:
        documents = {"ours": _our_html(options.article, work), "pandoc": _pandoc_html(options.article, work)}
        lines = [f"# WeasyPrint per page: our HTML and pandoc's ({options.article.name})", "",
                 f"WeasyPrint {weasyprint.__version__}; CPU seconds, median of {options.runs}; "
                 f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start.", "",
                 "| HTML | pages | layout / page | write / page | command / page |", "|---|---|---|---|---|"]
        measured = {name: _measure(path, options.runs, work) for name, path in documents.items()}
        if options.as_built:
            measured["ours, as built"] = _measure(documents["ours"], options.runs, work, as_built=True)
        for name, (pages, layout, write, command) in measured.items():
            lines.append(f"| {name} | {pages} | {layout / pages * 1000:.1f} ms | {write / pages * 1000:.1f} ms "
                         f"| {command / pages * 1000:.1f} ms |")
        ours, theirs = measured["ours"], measured["pandoc"]
        lines += ["", "Ours per page against pandoc's: layout "
                  f"{ours[1] / ours[0] / (theirs[1] / theirs[0]):.2f}×, write "
                  f"{ours[2] / ours[0] / (theirs[2] / theirs[0]):.2f}×, command "
                  f"{ours[3] / ours[0] / (theirs[3] / theirs[0]):.2f}×."]
        if options.as_built:
            built = measured["ours, as built"]
            lines += ["", "As built against pandoc's: layout "
                      f"{built[1] / built[0] / (theirs[1] / theirs[0]):.2f}×, write "
                      f"{built[2] / built[0] / (theirs[2] / theirs[0]):.2f}× "
                      "(the command is bare WeasyPrint's)."]
        if options.profile:
            lines += ["", *_profiles(documents)]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report = "\n".join(lines) + "\n"
    print(report)
    if options.out:
        options.out.write_text(report, encoding="utf-8")


def _options():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--article", type=Path, default=SAMPLE)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--as-built", action="store_true",
                        help="add our HTML inside render.pdf.compat's wrappers, as a build runs WeasyPrint")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--out", type=Path)
    return parser.parse_args()


def _our_html(article: Path, work: Path) -> Path:
    env = {**os.environ, "TEACHPACK_CACHE": "off", "TEACHPACK_WORKERS": "1"}
    subprocess.run([sys.executable, "-m", "pack", "build", str(article), "--format", "pdf", "--keep-html",
                    "--out", str(work / "ours")], cwd=ROOT, env=env, check=True, capture_output=True)
    return next((work / "ours").rglob("*.html"))


def _pandoc_html(article: Path, work: Path) -> Path:
    if not shutil.which("pandoc"):
        raise SystemExit("pandoc is missing: apt-get install -y pandoc")
    out = work / "pandoc.html"
    subprocess.run(["pandoc", "-f", "mediawiki", "-s", "-t", "html5", "--toc",
                    "--metadata", f"title={article.stem}", "-o", str(out), str(article)], check=True)
    return out


def _measure(path: Path, runs: int, work: Path, as_built: bool = False) -> tuple[int, float, float, float]:
    """Pages, and the median CPU seconds of layout, writing, and the whole command
    (`as_built`: layout and writing inside render.pdf.compat's wrappers)."""
    layouts, writes, commands, pages = [], [], [], 0
    laying_out, drawing = _wrappers(as_built)
    for _ in range(runs):
        start = time.process_time()
        with laying_out():
            document = weasyprint.HTML(filename=str(path)).render()
        layouts.append(time.process_time() - start)
        start = time.process_time()
        with drawing():
            document.write_pdf()
        writes.append(time.process_time() - start)
        pages = len(document.pages)
        commands.append(_command_cpu([sys.executable, "-m", "weasyprint", str(path), str(work / "out.pdf")]))
    return pages, statistics.median(layouts), statistics.median(writes), statistics.median(commands)


def _wrappers(as_built: bool):
    """render.pdf.compat's layout and drawing wrappers, or nothing."""
    if not as_built:
        return contextlib.nullcontext, contextlib.nullcontext
    sys.path.insert(0, str(ROOT))
    from pack.render.pdf import compat
    return compat.laying_out, compat.drawing


def _command_cpu(command: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _profiles(documents: dict[str, Path]) -> list[str]:
    """Where the layout's CPU time goes, by WeasyPrint module (own time, per page)."""
    shares = {}
    for name, path in documents.items():
        profile = cProfile.Profile()
        profile.enable()
        pages = len(weasyprint.HTML(filename=str(path)).render().pages)
        profile.disable()
        by_module: dict[str, float] = {}
        for (filename, _, _), (_, _, own, _, _) in pstats.Stats(profile).stats.items():
            by_module[_module(filename)] = by_module.get(_module(filename), 0.0) + own / pages
        shares[name] = by_module
    modules = sorted(set().union(*shares.values()), key=lambda m: -shares["ours"].get(m, 0.0))[:20]
    lines = ["Layout, own CPU time per page by module (cProfile; its overhead inflates both alike):", "",
             "| module | ours | pandoc |", "|---|---|---|"]
    for module in modules:
        lines.append(f"| {module} | {shares['ours'].get(module, 0) * 1000:.2f} ms "
                     f"| {shares['pandoc'].get(module, 0) * 1000:.2f} ms |")
    return lines


def _module(filename: str) -> str:
    """weasyprint/layout/inline.py -> layout/inline; anything else by its top package."""
    parts = Path(filename).with_suffix("").parts
    if "weasyprint" in parts:
        return "/".join(parts[parts.index("weasyprint") + 1:])
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1]
    return "(built-in)" if filename.startswith("~") or filename.startswith("<") else Path(filename).stem


if __name__ == "__main__":
    main()
