"""Checks on the real PDFs rendered from every sample in Content/: fonts, reading order, the
PDF/UA structure the post-pass adds, and that every drawing operation is tagged or an artifact."""
import os
import pathlib
import re
import subprocess

import pikepdf
import pytest

OUT = pathlib.Path(os.environ.get("PLAINLY_CHECK_OUT", ".build/check-out"))
BIN = os.environ.get("PLAINLY_BIN", ".build/debug/plainly")
SAMPLES = sorted(p.name for p in pathlib.Path("Content").iterdir() if p.is_dir())
PAINTING = {"Tj", "TJ", "'", '"', "Do", "sh", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "INLINE IMAGE"}


def pdf_path(name):
    return OUT / name / f"{name}.pdf"


def text(name, *options):
    return subprocess.run(["pdftotext", *options, str(pdf_path(name)), "-"], check=True,
                          capture_output=True, text=True).stdout


@pytest.mark.parametrize("name", SAMPLES)
def test_every_font_is_embedded_as_a_subset(name):
    rows = subprocess.run(["pdffonts", str(pdf_path(name))], check=True, capture_output=True,
                          text=True).stdout.splitlines()[2:]
    assert rows, "the PDF uses fonts"
    for row in rows:
        columns = row.split()
        assert columns[0].split("+")[1].startswith("AtkinsonHyperlegible"), row
        assert columns[-5:-3] == ["yes", "yes"], f"not embedded as a subset: {row}"


@pytest.mark.parametrize("name", SAMPLES)
def test_catalog_info_and_xmp_say_what_pdf_ua_asks(name):
    with pikepdf.open(pdf_path(name)) as pdf:
        root = pdf.Root
        assert str(root.Lang) == "en-GB"
        assert bool(root.ViewerPreferences.DisplayDocTitle) is True
        assert bool(root.MarkInfo.Marked) is True
        title = str(pdf.docinfo.Title)
        assert title
        with pdf.open_metadata() as xmp:
            assert xmp.get("pdfuaid:part") == "1"
            assert xmp.get("dc:title") == title
            assert "en-GB" in str(xmp.get("dc:language"))
        for page in pdf.pages:
            assert page.obj.Tabs == pikepdf.Name.S
            for annotation in page.obj.get("/Annots", []):
                if annotation.Subtype == pikepdf.Name.Link:
                    assert str(annotation.get("/Contents", "")).strip(), "a link annotation says where it goes"


def structure_elements(pdf):
    stack = [pdf.Root.StructTreeRoot.K]
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Array):
            stack.extend(reversed(list(node)))
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
            yield node
            if "/K" in node:
                stack.append(node.K)


@pytest.mark.parametrize("name", SAMPLES)
def test_structure_tree_has_one_document_root_alt_on_figures_and_scoped_headers(name):
    with pikepdf.open(pdf_path(name)) as pdf:
        roots = pdf.Root.StructTreeRoot.K
        roots = list(roots) if isinstance(roots, pikepdf.Array) else [roots]
        assert [str(r.S) for r in roots] == ["/Document"]
        kinds = [str(e.S) for e in structure_elements(pdf)]
        assert "/H1" in kinds and "/P" in kinds
        for element in structure_elements(pdf):
            if element.S == pikepdf.Name.Figure:
                assert str(element.get("/Alt", "")).strip(), "every Figure has /Alt"
            if element.S == pikepdf.Name.TH:
                assert element.A.Scope in (pikepdf.Name.Column, pikepdf.Name.Row)


@pytest.mark.parametrize("name", SAMPLES)
def test_every_drawing_operation_is_tagged_or_an_artifact(name):
    with pikepdf.open(pdf_path(name)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            depth = 0
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op in ("BDC", "BMC"):
                    tag = operands[0]
                    if op == "BDC" and tag != pikepdf.Name.Artifact:
                        assert "/MCID" in operands[1], f"page {number}: {tag} without an MCID"
                    depth += 1
                elif op == "EMC":
                    depth -= 1
                    assert depth >= 0, f"page {number}: EMC without BDC"
                elif op in PAINTING:
                    assert depth > 0, f"page {number}: {op} outside tagged or artifact content"
            assert depth == 0, f"page {number}: marked content left open"


@pytest.mark.parametrize("name", SAMPLES)
def test_every_page_says_page_n_of_m_at_its_foot(name):
    pages = text(name, "-layout").split("\f")[:-1]
    # While a part is a draft, every page says so beside its number (each sample has one draft part).
    draft = "Some parts of this document are still being written." in " ".join(pages[0].split())
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        foot = lines[-1].split()
        assert " ".join(foot[:4]) == f"Page {number} of {len(pages)}"
        assert (" ".join(foot[4:]) == "Draft – not yet agreed") == draft, lines[-1]


def test_guide_text_comes_out_in_reading_order():
    words = " ".join(text("expert-by-experience").split())
    order = ["Your guide to being an Expert by Experience", "What is in this guide", "What is an Expert by Experience?",
             "What you could do", "Money", "Hard words", "Who to contact"]
    positions = [words.find(entry, words.find("Page 2 of") if index > 1 else 0) for index, entry in enumerate(order)]
    assert all(position >= 0 for position in positions), positions
    assert positions == sorted(positions)
    # An easy-read row: the picture's text comes with the row, lines in order.
    assert words.count("Picture to add:") == 4


def test_contents_page_numbers_point_at_the_right_pages():
    pages = text("expert-by-experience", "-layout").split("\f")
    contents = pages[1]
    for title, page in re.findall(r"^\s*(\S.*?)\s{2,}page (\d+)\s*$", contents, re.M):
        assert title.strip() in pages[int(page) - 1], f"{title!r} is not on page {page}"


@pytest.mark.parametrize("name", SAMPLES)
def test_pdfua_checks_find_nothing(name):
    result = subprocess.run([str(pathlib.Path(".venv/bin/pdfua")), "check", str(pdf_path(name))],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_two_builds_are_byte_identical(tmp_path):
    subprocess.run([BIN, "build", "Content/expert-by-experience", "--format", "pdf", "--out", str(tmp_path / "again")],
                   check=True, capture_output=True)
    again = (tmp_path / "again" / "expert-by-experience.pdf").read_bytes()
    assert again == pdf_path("expert-by-experience").read_bytes()


@pytest.mark.parametrize("name", SAMPLES)
def test_every_heading_below_the_title_has_a_bookmark(name):
    with pikepdf.open(pdf_path(name)) as pdf:
        headings = [e for e in structure_elements(pdf) if str(e.S) in ("/H2", "/H3", "/H4", "/H5", "/H6")]
        with pdf.open_outline() as outline:
            titles = []
            stack = list(outline.root)
            while stack:
                item = stack.pop(0)
                titles.append(item.title)
                stack[0:0] = list(item.children)
        assert len(titles) == len(headings) > 0
        contents_titles = {"What is in this guide", "In this issue", "What is in this paper"}
        assert contents_titles & set(titles) or len(pdf.pages) < 9


@pytest.mark.parametrize("name", SAMPLES)
def test_qpdf_finds_the_file_sound(name):
    result = subprocess.run(["qpdf", "--check", str(pdf_path(name))], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout
