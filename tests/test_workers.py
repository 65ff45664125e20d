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


def test_a_test_runs_in_its_files_group(request):
    assert request.node.get_closest_marker("xdist_group").args == (__name__,)


def test_each_page_case_is_a_group_of_its_own():
    groups = [case.marks[0].args[0] for case in test_pages.CASES]
    assert len(set(groups)) == len(test_pages.CASES) == 27


class _Item:
    def __init__(self, module: str, group: str) -> None:
        self.module = SimpleNamespace(__name__=module)
        self.group = group

    def get_closest_marker(self, name: str):
        return SimpleNamespace(args=(self.group,))


def test_under_workers_a_files_own_groups_go_last(monkeypatch):
    items = [_Item("test_pages", "pages-toronto-ereader-A5"), _Item("test_pages", "test_pages"),
             _Item("test_robust", "test_robust"), _Item("test_pages", "pages-stalin-classroom-A4")]
    monkeypatch.setattr(conftest, "WORKER", "gw0")
    conftest.pytest_collection_modifyitems(items)
    assert [item.group for item in items] == ["test_pages", "test_robust",
                                               "pages-toronto-ereader-A5", "pages-stalin-classroom-A4"]
