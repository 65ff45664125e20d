"""Packaging step: the wheel carries the built-in layouts, styles and assets.

The repository keeps layouts/, styles/ and assets/ at its top level, where
teachers and course authors look for them. A wheel installs only the
`pack` package, so when the wheel is built they are copied into it as
pack/builtin/ (pack.theme.builtin_root looks there first, then beside the
package for a checkout). Everything else is declared in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

FOLDERS = ("layouts", "styles", "assets")


class BuildWithBuiltins(build_py):
    """setuptools' build_py, plus the three folders copied into pack/builtin/."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return                      # an editable install reads the checkout itself
        here = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "pack" / "builtin"
        for name in FOLDERS:
            shutil.copytree(here / name, target / name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithBuiltins})
