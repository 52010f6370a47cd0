"""Checks on the real plain-text files rendered from every sample in Content/."""
import os
import pathlib

import pytest

OUT = pathlib.Path(os.environ.get("PLAINLY_CHECK_OUT", ".build/check-out"))
SAMPLES = sorted(p.name for p in pathlib.Path("Content").iterdir() if p.is_dir())


@pytest.mark.parametrize("name", SAMPLES)
def test_text_is_utf8_wrapped_and_tidy(name):
    text = (OUT / name / f"{name}.txt").read_bytes().decode("utf-8")
    assert text.endswith("\n") and not text.endswith("\n\n")
    for number, line in enumerate(text.split("\n"), start=1):
        assert line == line.rstrip(), f"{name}.txt:{number}: trailing space"
        if len(line) > 72:
            assert " " not in line.strip(), f"{name}.txt:{number}: a line over 72 columns that could wrap"


def test_guide_shows_every_slot_and_keeps_raw_syntax_out():
    text = (OUT / "expert-by-experience" / "expert-by-experience.txt").read_text("utf-8")
    assert text.count("[Picture to add: ") == 4
    assert "](" not in text and "<!--" not in text
