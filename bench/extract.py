"""Micro-benchmark of reading and extracting one article, cold, one fresh process per run.

Usage:
    python bench/extract.py [--runs 5] [--dump DIR] [--base TREE_OR_REV] [SAMPLE ...]

Each run starts a new Python process with TEACHPACK_CACHE=off and times,
from the first line of the child to the end of `extract_all` (every
appendix): importing `pack.config`, `pack.read` and the extract driver,
`read_article` on the sample, and `extract_all`. CPU time counts the
process and the forked extraction worker it waits for; wall time is
given too.

Why the imports are inside the timer: a `teachpack build` pays them,
and the trees compared do not load the same things at the same step.
At `6d81301` wordfreq, ftfy and langcodes were imported during
`extract_all`; since then `pack.read` imports the chapter-making, which
imports them (and the text layer, and numpy) before the article is read.
A timer that starts after `import pack.read` counts that work in one
tree and not in the other. Timing from the same first line in every
tree times the same job: from nothing loaded to the extraction done.
The three parts (imports, reading, extraction) are printed as well,
for reading only: lazy imports move work from one to another.

The machine this runs on is noisy, so the minimum of the runs is what
to compare, within one invocation. --base (may be given more than
once) is another checkout, or a git revision of this repository, which
is then exported with `git archive` to a temporary folder; its runs take
turns with this tree's in the same loop (the order rotated each round),
so all see the same load. The load average is printed before and after
each sample.

Every tree is compiled to bytecode first (`compileall`) and the children
run without PYTHONDONTWRITEBYTECODE, as a pip install would: otherwise
every run compiles every module it imports, and that, not the work,
is what gets compared.

--dump DIR writes each sample's whole extraction (repr of the
`Extracted`) to DIR/<sample>.txt: compare two such folders to check
that a speed change left every output as it was.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ["id-stalin", "en-history-of-aluminium", "en-toronto"]

# Runs inside the child process: argv[1] is the sample path, argv[2] the dump path or "".
CHILD = r"""
import resource, time
def clock():                 # CPU of this process and its waited-for children, and wall time
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    return cpu, time.perf_counter()
start = clock()
import json, sys
from pathlib import Path
from pack.config import Settings
from pack.read import read_article
from pack.extract.run import extract_all
imported = clock()
article = read_article(Path(sys.argv[1]))
read = clock()
found = extract_all([article], Settings())
done = clock()
if sys.argv[2]:
    Path(sys.argv[2]).write_text(repr(found), encoding="utf-8")
print(json.dumps({"cpu": done[0] - start[0], "wall": done[1] - start[1],
                  "imports": imported[0] - start[0], "read": read[0] - imported[0],
                  "extract": done[0] - read[0]}))
"""


def checkout(base: str, scratch: Path) -> Path:
    """A folder holding `base`: the folder itself, or the git revision exported into `scratch`."""
    if Path(base).is_dir():
        return Path(base).resolve()
    tree = scratch / base.replace("/", "_")
    tree.mkdir()
    archive = subprocess.run(["git", "archive", base], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    return tree


def compile_tree(tree: Path) -> None:
    subprocess.run([sys.executable, "-m", "compileall", "-q", "pack"], cwd=tree, check=True,
                   env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})


def run_once(tree: Path, sample: str, dump: Path | None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(TEACHPACK_CACHE="off", PYTHONPATH=str(tree))
    path = ROOT / "assets" / "samples" / f"{sample}.txt"
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(dump or "")],
                         env=env, cwd=tree, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(label: str, times: list[dict]) -> None:
    least = {key: min(t[key] for t in times) for key in times[0]}
    print(f"{label:36} cpu {least['cpu']:6.3f} s   wall {least['wall']:6.3f} s   "
          f"(imports {least['imports']:.3f}, read {least['read']:.3f}, "
          f"extract {least['extract']:.3f}; min of {len(times)})", flush=True)


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("samples", nargs="*", default=SAMPLES)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--base", action="append", default=[],
                        help="another checkout or git revision to time in the same loop (repeatable)")
    args = parser.parse_args()
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as scratch:
        trees = {"this tree": ROOT} | {base: checkout(base, Path(scratch)) for base in args.base}
        for tree in trees.values():
            compile_tree(tree)
        for sample in args.samples:
            print(f"{sample}: load average {load()}", flush=True)
            times: dict[str, list[dict]] = {label: [] for label in trees}
            labels = list(trees)
            for number in range(args.runs):
                for label in labels[number % len(labels):] + labels[:number % len(labels)]:
                    dump = args.dump / f"{sample}.txt" if args.dump and number == 0 and label == "this tree" else None
                    times[label].append(run_once(trees[label], sample, dump))
            for label in labels:
                report(f"  {label}", times[label])
            print(f"  load average after {load()}", flush=True)


if __name__ == "__main__":
    main()
