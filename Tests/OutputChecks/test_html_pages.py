"""Finds the easy-read web pages the other test_html_* checks look at, and checks there are some.

scripts/check-output renders every sample in Content/ into $PLAINLY_CHECK_OUT/<sample>/ with the
debug build ($PLAINLY_BIN); each page is <sample>/html/index.html. Each sample is also rendered
here with --single-file (fonts and pictures inside the page) into <sample>-single-file/<sample>.html,
so both kinds of page go through every check. Until `plainly build` can make html at all, the
checks are skipped with that reason rather than passing on nothing.
"""
import functools
import os
import pathlib
import subprocess
import tempfile

import pytest

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]


def check_out():
    return pathlib.Path(os.environ.get("PLAINLY_CHECK_OUT", REPOSITORY / ".build" / "check-out"))


def samples():
    return sorted(p for p in (REPOSITORY / "Content").glob("*/") if p.is_dir())


def folder_pages():
    return sorted(check_out().glob("*/html/index.html"))


@functools.cache
def single_file_pages():
    binary = os.environ.get("PLAINLY_BIN")
    if not binary or why_plainly_cannot_make_html():
        return ()
    pages = []
    for sample in samples():
        out = check_out() / f"{sample.name}-single-file"
        page = out / f"{sample.name}.html"
        if not page.exists():
            subprocess.run([binary, "build", str(sample), "--format", "html", "--single-file", "--out", str(out)],
                           check=True, capture_output=True)
        pages.append(page)
    return tuple(pages)


def html_pages():
    return folder_pages() + list(single_file_pages())


def page_id(page):
    return page.parent.parent.name if page.name == "index.html" else page.parent.name


def screenshot_folder(page):
    folder = check_out() / "screenshots" / page_id(page)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@functools.cache
def why_plainly_cannot_make_html():
    """None when the binary under test writes html; otherwise what it said."""
    binary = os.environ.get("PLAINLY_BIN")
    if not binary or not samples():
        return None
    with tempfile.TemporaryDirectory() as out:
        result = subprocess.run([binary, "build", str(samples()[0]), "--format", "html", "--out", out],
                                capture_output=True, text=True)
    said = [line.strip() for line in (result.stderr + result.stdout).splitlines() if "html" in line]
    if result.returncode != 0 and said:
        return said[0]
    return None


def skip_unless_plainly_makes_html():
    reason = why_plainly_cannot_make_html()
    if reason:
        pytest.skip(f"plainly cannot write html in this build yet: {reason}")


def test_every_sample_has_a_page():
    skip_unless_plainly_makes_html()
    names = {p.name for p in samples()}
    rendered = {page_id(p) for p in folder_pages()}
    assert rendered, f"no */html/index.html under {check_out()}: did scripts/check-output render the samples?"
    if os.environ.get("PLAINLY_BIN"):
        assert names <= rendered, f"samples without a page: {sorted(names - rendered)}"
        assert len(single_file_pages()) == len(names)
        for page in single_file_pages():
            text = page.read_text(encoding="utf-8")
            assert "assets/" not in text, f"{page} names a file beside it; a single file must hold everything"
