"""The command line through Click's runner: exit codes, messages, outputs,
reproducibility and atomic replacement."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from conftest import EPOCH, SAMPLES, run_build
from pack import __version__
from pack.cli import main

SMALL = """Sebuah kota kecil di tepi sungai yang terkenal karena pasarnya.

== Sejarah ==
Kota ini didirikan pada tahun 1850 oleh para pedagang.
"""


def invoke(*args: str, env=None):
    return CliRunner().invoke(main, list(args), env=env or {"SOURCE_DATE_EPOCH": EPOCH})


def small_article(tmp_path: Path, text: str = SMALL) -> Path:
    path = tmp_path / "kota.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_version_and_help_on_every_command():
    assert invoke("--version").output.strip() == f"teachpack, version {__version__}"
    for command in ([], ["build"], ["themes"], ["layouts"]):
        result = invoke(*command, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output


def test_build_writes_slug_folder_and_reports_stages(tmp_path):
    result = CliRunner().invoke(main, ["build", str(small_article(tmp_path)), "--out", str(tmp_path / "out"),
                                       "--appendix", "none", "--title", "Kota Kecil"],
                                env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.exit_code == 0, result.output
    folder = tmp_path / "out" / "kota-kecil"
    assert sorted(p.name for p in folder.iterdir()) == ["kota-kecil.epub", "kota-kecil.pdf"]
    assert "read" in result.stderr and "pdf (student)" in result.stderr and " s" in result.stderr


def test_format_option_builds_one_format(tmp_path):
    result = invoke("build", str(small_article(tmp_path)), "--out", str(tmp_path / "o"),
                    "--format", "epub", "--appendix", "none", "--quiet")
    assert result.exit_code == 0 and result.output == ""
    assert [p.suffix for p in (tmp_path / "o").rglob("*.*")] == [".epub"]


def test_missing_source_is_one_clear_message(tmp_path):
    result = invoke("build", str(tmp_path / "nope.txt"), "--out", str(tmp_path))
    assert result.exit_code == 3
    assert result.output.strip().splitlines()[0] == f"Error: {tmp_path / 'nope.txt'}: no such file"
    assert "Traceback" not in result.output


def test_binary_source_exit_status(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"%PDF-1.4 binary")
    result = invoke("build", str(path), "--out", str(tmp_path))
    assert result.exit_code == 3 and "this is a PDF document, not a text article" in result.output


def test_bad_option_value_is_a_usage_error(tmp_path):
    result = invoke("build", "--format", "docx")
    assert result.exit_code == 2 and "Invalid value for '--format'" in result.output


def test_unknown_theme(tmp_path):
    result = invoke("build", str(small_article(tmp_path)), "--theme", "neon", "--out", str(tmp_path))
    assert result.exit_code == 5 and "theme: no theme called 'neon'" in result.output


def test_themes_lists_descriptions():
    result = invoke("themes")
    names = [line.split()[0] for line in result.output.splitlines()]
    assert {"classroom", "ereader", "large-print"} <= set(names)


def test_builds_are_reproducible(tmp_path):
    source = small_article(tmp_path)
    first, second = tmp_path / "one", tmp_path / "two"
    for out in (first, second):
        run_build(out, str(source), "--appendix", "none")
    for name in ("kota.pdf", "kota.epub"):
        assert (first / "kota" / name).read_bytes() == (second / "kota" / name).read_bytes(), name


# The bundled sample's build is reproducible too, both editions, byte for
# byte: tests/test_install.py builds it again from the installed wheel, in
# another process, and compares it with the session's `stalin`.


def test_failed_build_keeps_previous_outputs(tmp_path):
    source = small_article(tmp_path)
    run_build(tmp_path / "out", str(source), "--appendix", "none")
    pdf = tmp_path / "out" / "kota" / "kota.pdf"
    before = pdf.read_bytes()
    source.write_bytes(b"")                       # now the build fails
    result = invoke("build", str(source), "--out", str(tmp_path / "out"))
    assert result.exit_code == 3
    assert pdf.read_bytes() == before
    assert sorted(p.name for p in pdf.parent.iterdir()) == ["kota.epub", "kota.pdf"]   # no stray temporary files


def test_default_builds_bundled_sample_into_output(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("build", "--format", "epub", "--appendix", "none")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "output" / "josef-stalin" / "josef-stalin.epub").is_file()
    assert SAMPLES.joinpath("id-stalin.txt").is_file()
