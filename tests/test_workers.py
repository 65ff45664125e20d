"""The test run in several processes (pytest-xdist, the README's command;
tests/README.md): what tests/conftest.py does so that no worker makes
again what another made."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import conftest
import test_pages


class _Factory:
    """A worker's tmp_path_factory: its temporary folder inside the session's."""

    def __init__(self, session: Path, worker: str) -> None:
        self.folder = session / f"popen-{worker}"
        self.folder.mkdir(parents=True)

    def getbasetemp(self) -> Path:
        return self.folder


def test_a_book_asked_for_by_two_workers_is_built_once(tmp_path, monkeypatch):
    builds = []

    def build(out: Path, *args: str) -> str:
        builds.append(args)
        (out / "book").mkdir()
        return f"built {' '.join(args)}"

    monkeypatch.setattr(conftest, "run_build", build)
    first = conftest._built_once(_Factory(tmp_path, "gw0"), "sample", "--theme", "ereader")
    second = conftest._built_once(_Factory(tmp_path, "gw1"), "sample", "--theme", "ereader")
    assert builds == [("--theme", "ereader")]
    assert first == second == (tmp_path / "shared-builds" / "sample", "built --theme ereader")
    assert (first[0] / "book").is_dir()


def test_a_build_that_failed_is_made_again_by_the_next_worker(tmp_path, monkeypatch):
    def fail(out: Path, *args: str) -> str:
        (out / "half").mkdir()
        raise AssertionError("the build failed")

    monkeypatch.setattr(conftest, "run_build", fail)
    try:
        conftest._built_once(_Factory(tmp_path, "gw0"), "sample")
    except AssertionError:
        pass
    monkeypatch.setattr(conftest, "run_build", lambda out, *args: "built")
    out, output = conftest._built_once(_Factory(tmp_path, "gw1"), "sample")
    assert output == "built" and not (out / "half").exists()


def test_a_files_tests_run_in_one_worker_but_a_split_files_cases_apart():
    group = conftest.worker_group
    assert group("tests/test_robust.py::test_any_article[x-1]") == "tests/test_robust.py"
    assert group("tests/test_pages.py::test_pdf_is_tagged") == "tests/test_pages.py"
    assert (group("tests/test_pages.py::test_no_straight_double_quotes[toronto-ereader-A5]")
            == group("tests/test_pages.py::test_no_name_is_hyphenated[toronto-ereader-A5]")
            == "tests/test_pages.py[toronto-ereader-A5]")


def test_every_page_case_is_a_group_of_its_own():
    groups = {conftest.worker_group(f"tests/test_pages.py::test_no_straight_double_quotes[{case}]")
              for case in test_pages.IDS}
    assert len(groups) == len(test_pages.CASES) == 27


def test_under_workers_a_split_files_groups_go_last(monkeypatch):
    items = [SimpleNamespace(nodeid=n) for n in (
        "tests/test_pages.py::test_no_straight_double_quotes[toronto-ereader-A5]", "tests/test_pages.py::test_pdf_is_tagged",
        "tests/test_robust.py::test_any", "tests/test_pages.py::test_no_straight_double_quotes[stalin-classroom-A4]")]
    monkeypatch.setattr(conftest, "WORKER", "gw0")
    conftest.pytest_collection_modifyitems(items)
    assert [item.nodeid.split("::")[1] for item in items] == [
        "test_pdf_is_tagged", "test_any", "test_no_straight_double_quotes[toronto-ereader-A5]",
        "test_no_straight_double_quotes[stalin-classroom-A4]"]
