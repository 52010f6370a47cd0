"""The real `plainly` binary: it runs `check` itself, linking none of the renderers, and hands every
other command to `plainly-full` beside it (following symlinks and PATH), with a clear error when
that is missing.
"""
import os
import pathlib
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = pathlib.Path(os.environ.get("PLAINLY_BIN", ROOT / ".build" / "debug" / "plainly")).resolve()
NOTE = "We are changing the day of the carers' group. From May it will meet on Tuesdays.\n"


def run(binary, *arguments, **options):
    return subprocess.run([str(binary), *arguments], capture_output=True, text=True, timeout=120, **options)


@pytest.fixture(autouse=True)
def built():
    if not BIN.exists():
        pytest.skip(f"{BIN} is not built")


def test_check_runs_in_the_thin_binary(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(NOTE)
    result = run(BIN, "check", str(note))
    assert result.returncode == 0, result.stderr
    assert "note.txt (plain)" in result.stdout


def test_the_thin_binary_links_no_renderer():
    if not shutil.which("ldd"):
        pytest.skip("no ldd here")
    libraries = run("ldd", str(BIN)).stdout
    for name in ("cairo", "pango", "rsvg", "qpdf"):
        assert name not in libraries


def test_other_commands_go_to_plainly_full():
    version = run(BIN, "--version")
    assert (version.returncode, version.stdout) == (0, "0.1.0\n"), version.stderr
    build = run(BIN, "build", "--help")
    assert build.returncode == 0, build.stderr
    assert "USAGE: plainly build <source>" in build.stdout
    wrong = run(BIN, "build")
    assert wrong.returncode == 2
    assert "Usage: plainly build" in wrong.stderr


def test_a_symlink_or_path_lookup_still_finds_plainly_full(tmp_path):
    (tmp_path / "plainly").symlink_to(BIN)
    assert run(tmp_path / "plainly", "--version").stdout == "0.1.0\n"
    by_path = subprocess.run(["plainly", "--version"], capture_output=True, text=True, timeout=120,
                             env={**os.environ, "PATH": str(tmp_path)})
    assert (by_path.returncode, by_path.stdout) == (0, "0.1.0\n"), by_path.stderr


def test_without_plainly_full_the_error_says_so(tmp_path):
    shutil.copy2(BIN, tmp_path / "plainly")
    for bundle in BIN.parent.glob("*.resources"):
        shutil.copytree(bundle, tmp_path / bundle.name)
    result = run(tmp_path / "plainly", "--version")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"plainly: error: cannot run {tmp_path.resolve()}/plainly-full: No such file or directory\n"
    note = tmp_path / "note.txt"
    note.write_text(NOTE)
    alone = run(tmp_path / "plainly", "check", str(note))
    assert alone.returncode == 0, alone.stderr
