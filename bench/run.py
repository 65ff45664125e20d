"""Benchmark: teachpack against what a user would otherwise run, in one run.

    python bench/run.py [--runs 5] [--scales 1,4,16] [--sections sample,rebuild,batch,scale] [--out bench/results.md]

Measures, as medians of repeated runs of whole commands (start-up included):

1. `teachpack build` of the bundled sample: student PDF + EPUB, all
   appendices, cold (extraction cache off);
2. pandoc on the same article (`-f mediawiki --toc`, to EPUB 3 and to PDF
   with `--pdf-engine=weasyprint`) — the general converter, doing far less;
3. WeasyPrint alone rendering the HTML our build produced — the floor;
   (1–3 take turns in each round, with our build also in one process);
4. a rebuild after changing only a course's `course.css` (cache warm) against
   a cold build of the same course;
5. four courses built by one command against four commands in a row;
6. books 1x, 4x and 16x the sample (a book of that many articles): time
   and peak memory (proportional set size of the process tree, sampled
   every 20 ms).

Prints a Markdown report (and writes it to --out). Not part of the tests:
tests never assert a time.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "assets" / "samples" / "id-stalin.txt"


def main() -> None:
    options = _options()
    work = Path(tempfile.mkdtemp(prefix="teachpack-bench-"))
    report = [f"# teachpack benchmark\n\n{_machine()}\n", f"Runs per measure: {options.runs} (median).\n"]
    try:
        sections = options.sections.split(",")
        if "sample" in sections:
            ours, theirs, floor, one_process = _measure_side_by_side(work, options.runs)
            report += _comparison(ours, theirs, floor, one_process)
        if "rebuild" in sections:
            report += _rebuild(work, options.runs)
        if "batch" in sections:
            report += _batch(work, max(1, options.runs // 2))
        if "scale" in sections:
            report += _scale(work, [int(s) for s in options.scales.split(",")], max(1, options.runs // 2))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = "\n".join(report) + "\n"
    print(text)
    if options.out:
        Path(options.out).write_text(text, encoding="utf-8")


def _options():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scales", default="1,4,16")
    # On a busy machine a whole report takes an hour: measure only some sections.
    parser.add_argument("--sections", default="sample,rebuild,batch,scale",
                        help="comma-separated: sample, rebuild, batch, scale")
    parser.add_argument("--out", default="")
    return parser.parse_args()


# ------------------------------------------------------------------ measuring


class Run:
    def __init__(self, seconds: float, peak_mb: float, stderr: str, cpu: float = 0.0) -> None:
        self.seconds, self.peak_mb, self.stderr, self.cpu = seconds, peak_mb, stderr, cpu


def run(command: list[str], env: dict | None = None) -> Run:
    """Wall time, CPU time (user + system of the whole process tree: each
    worker is reaped by its parent, so its time counts) and peak resident
    memory of one command. CPU time says what the command costs when the
    machine is busy; wall time depends on the neighbours."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, **(env or {})})
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_kb(process.pid))
            time.sleep(0.02)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{stderr}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(elapsed, peak[0] / 1024, stderr, cpu)


def _tree_rss_kb(pid: int) -> int:
    """Proportional set size (Pss) of a process and its descendants, in kB.

    Pss, not RSS: forked render workers share most of their pages with the
    parent (copy-on-write), and summing RSS would count those pages twice.
    """
    total = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                total += int(line.split()[1])
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                total += _tree_rss_kb(int(child))
    except (OSError, ValueError):
        pass
    return total


def median_of(runs: int, command: list[str], env: dict | None = None, before=None) -> tuple[float, float, list[Run]]:
    results = []
    for _ in range(runs):
        if before:
            before()
        results.append(run(command, env))
    return (statistics.median(r.seconds for r in results), max(r.peak_mb for r in results), results)


def teachpack(*args: str) -> list[str]:
    return [sys.executable, "-m", "pack", "build", *args]


COLD = {"TEACHPACK_CACHE": "off"}


# ------------------------------------------------------------------ the measures


def _measure_side_by_side(work: Path, runs: int):
    """Ours, pandoc and bare WeasyPrint, taking turns in each round, so a
    machine that is slower for a minute slows all of them alike."""
    if not shutil.which("pandoc"):
        raise SystemExit("pandoc is missing: apt-get install -y pandoc")
    ours_out = work / "ours"
    commands = {
        "ours": (teachpack(str(SAMPLE), "--out", str(ours_out), "--keep-html"), COLD),
        "ours, one process": (teachpack(str(SAMPLE), "--out", str(work / "one")), {**COLD, "TEACHPACK_WORKERS": "1"}),
        "pandoc EPUB": ([shutil.which("pandoc"), "-f", "mediawiki", "--toc", "-o", str(work / "p.epub"),
                         str(SAMPLE)], _PANDOC_ENV),
        "pandoc PDF": ([shutil.which("pandoc"), "-f", "mediawiki", "--toc", "--pdf-engine=weasyprint",
                        "--metadata", "title=Josef Stalin", "-o", str(work / "p.pdf"), str(SAMPLE)], _PANDOC_ENV),
    }
    found: dict[str, list[Run]] = {name: [] for name in [*commands, "WeasyPrint"]}
    for _ in range(runs):
        for name, (command, env) in commands.items():
            found[name].append(run(command, env))
        html = next(ours_out.rglob("*.html"))
        found["WeasyPrint"].append(run([sys.executable, "-m", "weasyprint", str(html), str(work / "w.pdf")]))
    median = lambda name: statistics.median(r.seconds for r in found[name])
    peak = lambda name: max(r.peak_mb for r in found[name])
    cpu = lambda name: statistics.median(r.cpu for r in found[name])
    print(f"CPU seconds (median): ours {cpu('ours'):.2f}, one process {cpu('ours, one process'):.2f}, "
          f"pandoc EPUB + PDF {cpu('pandoc EPUB') + cpu('pandoc PDF'):.2f}, WeasyPrint alone {cpu('WeasyPrint'):.2f}",
          file=sys.stderr)
    CPU.update(ours=cpu("ours"), pandoc=cpu("pandoc EPUB") + cpu("pandoc PDF"), one=cpu("ours, one process"),
               floor=cpu("WeasyPrint"))
    ours = (median("ours"), peak("ours"), _stages(found["ours"]))
    theirs = (median("pandoc EPUB") + median("pandoc PDF"), max(peak("pandoc EPUB"), peak("pandoc PDF")),
              {"pandoc EPUB": median("pandoc EPUB"), "pandoc PDF": median("pandoc PDF")})
    return ours, theirs, (median("WeasyPrint"), peak("WeasyPrint")), (median("ours, one process"),
                                                                      peak("ours, one process"))


_PANDOC_ENV = {"PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}


CPU: dict[str, float] = {}      # median CPU seconds of the side-by-side commands, for the report


def _stages(results: list[Run]) -> dict[str, float]:
    found: dict[str, list[float]] = {}
    for result in results:
        for line in result.stderr.splitlines():
            parts = line.split()
            if len(parts) >= 3 and parts[-1] == "s":
                found.setdefault(" ".join(parts[:-2]), []).append(float(parts[-2]))
    return {stage: statistics.median(times) for stage, times in found.items()}


def _comparison(ours, theirs, floor, one_process) -> list[str]:
    (our_s, our_mb, stages), (their_s, their_mb, parts), (floor_s, floor_mb) = ours, theirs, floor
    lines = ["## 1. The bundled sample, student PDF + EPUB, all appendices (cold)\n",
             "The commands take turns in each round.\n",
             "| command | median s | peak MB |", "|---|---:|---:|",
             f"| teachpack build | {our_s:.2f} | {our_mb:.0f} |",
             f"| teachpack build, TEACHPACK_WORKERS=1 (one process, PDF as one document) | {one_process[0]:.2f} | {one_process[1]:.0f} |",
             f"| pandoc (EPUB {parts['pandoc EPUB']:.2f} s + PDF {parts['pandoc PDF']:.2f} s) | {their_s:.2f} | {their_mb:.0f} |",
             f"| WeasyPrint alone on our HTML | {floor_s:.2f} | {floor_mb:.0f} |", "",
             f"- ratio 1/2 (ours ÷ pandoc): **{our_s / their_s:.2f}**",
             f"- ratio 1/3 (ours ÷ bare WeasyPrint): **{our_s / floor_s:.2f}**",
             f"- CPU seconds (median, whole process tree): ours {CPU['ours']:.2f}, one process {CPU['one']:.2f}, "
             f"pandoc {CPU['pandoc']:.2f}, WeasyPrint alone {CPU['floor']:.2f}; "
             f"ratio ours ÷ pandoc **{CPU['ours'] / CPU['pandoc']:.2f}**", "",
             "Our stages (median s; PDF and EPUB render in parallel, so they overlap):", "",
             "| stage | s |", "|---|---:|"]
    lines += [f"| {stage} | {seconds:.2f} |" for stage, seconds in stages.items()]
    return lines + [""]


def _rebuild(work: Path, runs: int) -> list[str]:
    course = work / "course"
    subprocess.run([sys.executable, "-m", "pack", "init", str(course)], check=True, capture_output=True)
    css = course / "course.css"
    out = ["--out", str(work / "course-out")]
    cache = {"TEACHPACK_CACHE": str(work / "cache")}
    clear = lambda: shutil.rmtree(work / "cache", ignore_errors=True)
    cold, _, _ = median_of(runs, teachpack(str(course), *out), cache, before=clear)
    counter = iter(range(10_000))

    def touch() -> None:
        css.write_text(f"/* edit {next(counter)} */\nh1 {{ letter-spacing: 0.01em; }}\n", encoding="utf-8")
    warm, _, _ = median_of(runs, teachpack(str(course), *out), cache, before=touch)
    return ["## 2. Rebuild after changing only course.css\n", "| build | median s |", "|---|---:|",
            f"| cold (empty cache) | {cold:.2f} |", f"| after a course.css edit | {warm:.2f} |", "",
            f"- ratio rebuild ÷ cold: **{warm / cold:.2f}**", ""]


def _batch(work: Path, runs: int) -> list[str]:
    """Four courses: one command each, one after another, against one batch command."""
    courses = []
    for number in range(1, 5):
        course = work / f"batch{number}"
        if not course.exists():
            subprocess.run([sys.executable, "-m", "pack", "init", str(course)], check=True, capture_output=True)
        courses.append(str(course))

    def one_by_one() -> float:
        return sum(run(teachpack(course), COLD).seconds for course in courses)
    apart = statistics.median(one_by_one() for _ in range(runs))
    together, peak, _ = median_of(runs, teachpack(*courses), COLD)
    return ["## 3. Batch: four courses (cold)\n", "| commands | median s | peak MB |", "|---|---:|---:|",
            f"| `teachpack build COURSE`, four times in a row | {apart:.2f} | |",
            f"| `teachpack build C1 C2 C3 C4` | {together:.2f} | {peak:.0f} |", "",
            f"- ratio batch ÷ one by one: **{together / apart:.2f}**", ""]


def _scale(work: Path, scales: list[int], runs: int) -> list[str]:
    lines = ["## 4. Scale: books of 1x, 4x and 16x the sample (cold)\n",
             "| size | median s | s per 1x | peak MB |", "|---|---:|---:|---:|"]
    base = None
    for scale in scales:
        seconds, peak, _ = median_of(runs, teachpack(*[str(SAMPLE)] * scale, "--out", str(work / f"x{scale}"),
                                                     "--title", f"Scale {scale}"), COLD)
        base = base or seconds / scale
        lines.append(f"| {scale}x | {seconds:.2f} | {seconds / scale / base:.2f} | {peak:.0f} |")
    return lines + [""]


def _machine() -> str:
    cores = os.cpu_count()
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "?")
    return f"Machine: {cores} cores, {int(memory) // 1024 // 1024} GiB memory, Python {sys.version.split()[0]}."


if __name__ == "__main__":
    main()
