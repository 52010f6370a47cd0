"""Finds the easy-read web pages the other test_html_* checks look at, and checks there are some.

scripts/check-output renders every sample in Content/ into $PLAINLY_CHECK_OUT/<sample>/ with the
debug build ($PLAINLY_BIN); each page is <sample>/html/index.html. Until `plainly build` can make
html at all, the checks are skipped with that reason rather than passing on nothing.
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


def html_pages():
    return sorted(check_out().glob("*/html/index.html"))


def page_id(page):
    return page.parent.parent.name


@functools.cache
def why_plainly_cannot_make_html():
    """None when the binary under test writes html; otherwise what it said."""
    binary = os.environ.get("PLAINLY_BIN")
    samples = sorted((REPOSITORY / "Content").glob("*/"))
    if not binary or not samples:
        return None
    with tempfile.TemporaryDirectory() as out:
        result = subprocess.run([binary, "build", str(samples[0]), "--format", "html", "--out", out],
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
    samples = sorted(p.name for p in (REPOSITORY / "Content").glob("*/"))
    rendered = sorted(page_id(p) for p in html_pages())
    assert rendered, f"no */html/index.html under {check_out()}: did scripts/check-output render the samples?"
    if os.environ.get("PLAINLY_BIN"):
        assert set(samples) <= set(rendered), f"samples without a page: {sorted(set(samples) - set(rendered))}"
