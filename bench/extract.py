"""Micro-benchmark of the extract stage, cold, one fresh process per run.

Usage:
    python bench/extract.py [--runs 5] [--dump DIR] [--base TREE] [SAMPLE ...]

Each run starts a new Python process (so imports, language data and word
frequencies load as in a real `teachpack build` with TEACHPACK_CACHE=off),
reads the sample, then times `extract_all` with every appendix: CPU time
(of the process and of any child it forked) and wall time. The machine this runs on is noisy,
so the minimum of the runs is what to compare; --base TREE (another
checkout, e.g. `git archive main | tar -x -C /tmp/base`; may be given
more than once) runs that tree's code too, alternating with this one's
in the same loop, so all see the same load.

--dump DIR writes each sample's whole extraction (repr of the
`Extracted`) to DIR/<sample>.txt: compare two such folders to check
that a speed change left every output as it was.

Run it on compiled bytecode, as a pip install has it. With
PYTHONDONTWRITEBYTECODE=1 in the environment (as on some development
machines) every run compiles every module it imports from source, and
that compiling, not the extraction, is then part of what is compared.
Compile each tree first and let the runs read the bytecode:

    python -m compileall -q pack                       # this tree
    (cd /tmp/base && python -m compileall -q pack)     # each --base tree
    env -u PYTHONDONTWRITEBYTECODE python bench/extract.py --base /tmp/base
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ["id-stalin", "en-history-of-aluminium", "en-toronto"]

# Runs inside the child process: argv[1] is the sample path, argv[2] the dump path or "".
CHILD = r"""
import json, os, sys, time
from pathlib import Path
from pack.config import Settings
from pack.read import read_article
settings = Settings()
article = read_article(Path(sys.argv[1]))
def cpu_time():              # this process and its finished children (an extractor run aside)
    t = os.times()
    return time.process_time() + t.children_user + t.children_system
cpu, wall = cpu_time(), time.perf_counter()
from pack.extract.run import extract_all
found = extract_all([article], settings)
cpu, wall = cpu_time() - cpu, time.perf_counter() - wall
if sys.argv[2]:
    Path(sys.argv[2]).write_text(repr(found), encoding="utf-8")
print(json.dumps({"cpu": cpu, "wall": wall}))
"""


def run_once(tree: Path, sample: str, dump: Path | None) -> dict:
    env = dict(os.environ, TEACHPACK_CACHE="off", PYTHONPATH=str(tree))
    path = ROOT / "assets" / "samples" / f"{sample}.txt"
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(dump or "")],
                         env=env, cwd=tree, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(label: str, times: list[dict]) -> None:
    cpu = min(t["cpu"] for t in times)
    wall = min(t["wall"] for t in times)
    print(f"{label:34} cpu {cpu:6.3f} s   wall {wall:6.3f} s   (min of {len(times)})", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("samples", nargs="*", default=SAMPLES)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--base", type=Path, action="append", default=[],
                        help="another checkout to time in the same loop (repeatable)")
    args = parser.parse_args()
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
    for sample in args.samples:
        ours: list[dict] = []
        bases: dict[Path, list[dict]] = {tree: [] for tree in args.base}
        for number in range(args.runs):
            dump = args.dump / f"{sample}.txt" if args.dump and number == 0 else None
            ours.append(run_once(ROOT, sample, dump))
            for tree, times in bases.items():
                times.append(run_once(tree.resolve(), sample, None))
        for tree, times in bases.items():
            report(f"{sample} ({tree.name})", times)
        report(sample, ours)


if __name__ == "__main__":
    main()
