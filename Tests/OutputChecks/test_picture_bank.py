"""Checks on real files built from a source that uses pictures from the picture bank (`bank:`):
each picture is in every format with its description, and the credit line the Mulberry Symbols'
licence asks for is in every format; a source without bank pictures has no credit."""
import os
import pathlib
import re
import subprocess
import zipfile

import pikepdf
import pytest
from test_pdf_structure import structure_elements

BIN = os.environ.get("PLAINLY_BIN", ".build/debug/plainly")
CREDIT = "Pictures: Mulberry Symbols © Steve Lee, CC BY-SA 4.0"
SOURCE = """---
title: Seeing your GP
profile: easy-read
---
![Your GP](bank:doctor_1a)
You can see your GP about any health problem.

![A calendar with the day marked](bank:calendar)
You will get a letter with the date of your appointment.
"""


def build(folder, text):
    (folder / "gp.md").write_text(text, encoding="utf-8")
    subprocess.run([BIN, "build", str(folder / "gp.md"), "--out", str(folder / "out")], check=True,
                   capture_output=True)
    return folder / "out"


@pytest.fixture(scope="module")
def with_bank(tmp_path_factory):
    return build(tmp_path_factory.mktemp("bank"), SOURCE)


@pytest.fixture(scope="module")
def without_bank(tmp_path_factory):
    return build(tmp_path_factory.mktemp("nobank"), SOURCE.replace("(bank:doctor_1a)", "()")
                 .replace("(bank:calendar)", "()"))


def pdf_text(out):
    text = subprocess.run(["pdftotext", str(out / "gp.pdf"), "-"], check=True, capture_output=True,
                          text=True).stdout
    return " ".join(text.split())


def test_the_pdf_tags_each_bank_picture_as_a_figure_with_its_description_and_credits_them(with_bank):
    with pikepdf.open(with_bank / "gp.pdf") as pdf:
        alts = [str(e.get("/Alt", "")) for e in structure_elements(pdf) if e.S == pikepdf.Name.Figure]
    assert alts == ["Your GP", "A calendar with the day marked"]
    assert CREDIT in pdf_text(with_bank)


def test_the_web_page_copies_each_symbol_into_its_assets_and_credits_them(with_bank):
    html = (with_bank / "html" / "index.html").read_text(encoding="utf-8")
    assert '<img src="assets/pictures/bank-doctor_1a.svg" alt="Your GP">' in html
    assert (with_bank / "html" / "assets" / "pictures" / "bank-calendar.svg").read_bytes().startswith(b"<svg")
    # Its own paragraph; "BY-SA" sits in a span that keeps it on one line.
    paragraphs = [re.sub(r"<[^>]+>", "", p) for p in re.findall(r"<p>(.*?)</p>", html, re.S)]
    assert CREDIT in paragraphs


def test_the_word_file_holds_each_symbol_and_the_credit(with_bank):
    with zipfile.ZipFile(with_bank / "gp.docx") as docx:
        document = docx.read("word/document.xml").decode("utf-8")
        media = [name for name in docx.namelist() if name.startswith("word/media/")]
    # Each symbol as Word stores an SVG: the SVG, and a PNG copy for programs that cannot draw it.
    assert sorted(media) == ["word/media/image1.png", "word/media/image1.svg",
                             "word/media/image3.png", "word/media/image3.svg"]
    assert 'descr="Your GP"' in document
    assert CREDIT in document


def test_the_text_names_each_picture_and_credits_them(with_bank):
    text = (with_bank / "gp.txt").read_text(encoding="utf-8")
    assert "[Picture: Your GP]" in text
    assert text.rstrip().endswith(CREDIT)


def test_no_format_has_the_credit_without_a_bank_picture(without_bank):
    assert "Mulberry" not in pdf_text(without_bank)
    assert "Mulberry" not in (without_bank / "html" / "index.html").read_text(encoding="utf-8")
    assert "Mulberry" not in (without_bank / "gp.txt").read_text(encoding="utf-8")
    with zipfile.ZipFile(without_bank / "gp.docx") as docx:
        assert "Mulberry" not in docx.read("word/document.xml").decode("utf-8")


@pytest.mark.parametrize("name", ["../secret.svg", "/etc/passwd", "doctor_1a/../../../../secret.svg", "LICENSE.txt"])
def test_a_bank_name_is_never_a_path(tmp_path, name):
    """The closed world still holds: after `bank:` only the bank's own symbol names are taken."""
    (tmp_path / "secret.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>')
    guide = tmp_path / "guide"
    guide.mkdir()
    (guide / "gp.md").write_text(f"---\ntitle: GP\n---\n![A secret]({'bank:' + name})\nSome text.\n", encoding="utf-8")
    result = subprocess.run([BIN, "build", str(guide / "gp.md"), "--out", str(tmp_path / "out")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "gp.md:4:1: warning: The picture bank has no symbol called" in result.stderr
    assert "[unknown-bank-picture]" in result.stderr
    assert not (tmp_path / "out" / "html" / "assets" / "pictures").exists()
    assert "Picture to add: A secret" in (tmp_path / "out" / "gp.txt").read_text(encoding="utf-8")
    assert "Mulberry" not in (tmp_path / "out" / "gp.txt").read_text(encoding="utf-8")
