"""A long document's pages are drawn in two halves on two cores and joined into one file
(Sources/PDFWriter/PageHalves.swift, PostPass/JoinedHalves.swift). These checks read such a file
with the tools a reader's software uses, as the sample checks do for short documents: the joined
file must pass the same checks, and every link, bookmark and contents entry must reach its page
whichever half either is in."""
import re
import shutil
import subprocess
import pathlib

import pikepdf
import pytest

from test_pdf_structure import BIN, PAINTING, structure_elements

PARTS = 48
WORDS = ("People who use services told us what matters to them and we wrote it down in plain words "
         "so that everyone can read it and say what they think about the plan.")


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory):
    folder = tmp_path_factory.mktemp("halves")
    (folder / "pictures").mkdir()
    shutil.copy("Tests/PDFWriterTests/Fixtures/pictures/meeting.svg", folder / "pictures" / "meeting.svg")
    lines = ["---", "title: A long guide", "profile: large-print", "date: 2026-11-25", "---", ""]
    for number in range(1, PARTS + 1):
        lines += [f"## Section {number}", ""]
        lines += [" ".join([WORDS] * 3), ""] * 4
        if number in (3, PARTS - 3):
            lines += [f"![People at meeting {number}](pictures/meeting.svg)", ""]
        if number % 10 == 0:
            lines += ["| What | When |", "| --- | --- |", f"| Meeting {number} | Tuesday |", ""]
        other = PARTS + 1 - number
        lines += [f"Read [section {other}](#section-{other}) next.", ""]
    (folder / "guide.md").write_text("\n".join(lines), encoding="utf-8")
    out = folder / "out"
    subprocess.run([BIN, "build", str(folder / "guide.md"), "--format", "pdf", "--out", str(out)],
                   check=True, capture_output=True)
    return out / "guide.pdf"


def pages_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout.split("\f")[:-1]


def test_the_document_is_long_enough_to_be_drawn_in_halves(long_pdf):
    rows = subprocess.run(["pdffonts", str(long_pdf)], check=True, capture_output=True, text=True).stdout
    # Each half embeds its own subsets of the regular and the bold font.
    assert len(rows.splitlines()[2:]) == 4, rows
    assert len(pages_text(long_pdf)) >= 64


def test_qpdf_and_the_pdfua_checks_find_nothing(long_pdf):
    result = subprocess.run(["qpdf", "--check", str(long_pdf)], capture_output=True, text=True)
    assert result.returncode == 0 and "No syntax or stream encoding errors" in result.stdout, result.stdout
    result = subprocess.run([".venv/bin/pdfua", "check", str(long_pdf)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_page_has_its_number_and_contents_entries_point_at_their_pages(long_pdf):
    pages = pages_text(long_pdf)
    for number, page in enumerate(pages, start=1):
        foot = [line.strip() for line in page.splitlines() if line.strip()][-1]
        assert foot.startswith(f"Page {number} of {len(pages)}"), foot
    entries = re.findall(r"^\s*(Section \d+)\s{2,}page (\d+)\s*$", "\n".join(pages[:4]), re.M)
    assert len(entries) == PARTS
    for title, page in entries:
        assert re.search(rf"^\s*{title}\s*$", pages[int(page) - 1], re.M), f"{title} is not on page {page}"


def test_links_and_bookmarks_reach_the_heading_they_name(long_pdf):
    pages = pages_text(long_pdf)
    with pikepdf.open(long_pdf) as pdf:
        index = {page.objgen: number for number, page in enumerate(pdf.pages)}
        names = pdf.Root.Names.Dests.Names
        keys = [bytes(names[i]) for i in range(0, len(names), 2)]
        assert keys == sorted(keys), "a name tree is in order"
        where = {str(names[i]): index[names[i + 1][0].objgen] for i in range(0, len(names), 2)}
        targets = []
        for page in pdf.pages:
            for annotation in page.obj.get("/Annots", []):
                if "/Dest" in annotation:
                    targets.append(str(annotation.Dest))
        with pdf.open_outline() as outline:
            targets += [str(item.destination) for item in outline.root]
        assert len(targets) >= 3 * PARTS, "contents entries, links between sections and bookmarks"
        targets = [target for target in targets if target != "plainly-contents"]
        for target in targets:
            number = int(target.removeprefix("section-"))
            assert re.search(rf"^\s*Section {number}\s*$", pages[where[target]], re.M), target


def test_the_joined_tree_has_one_root_and_every_key_once(long_pdf):
    with pikepdf.open(long_pdf) as pdf:
        roots = pdf.Root.StructTreeRoot.K
        assert [str(r.S) for r in (list(roots) if isinstance(roots, pikepdf.Array) else [roots])] == ["/Document"]
        figures = [e for e in structure_elements(pdf) if e.S == pikepdf.Name.Figure]
        assert [str(f.Alt) for f in figures] == ["People at meeting 3", f"People at meeting {PARTS - 3}"]
        headers = [e for e in structure_elements(pdf) if e.S == pikepdf.Name.TH]
        assert len(headers) == 2 * (PARTS // 10) and all(h.A.Scope == pikepdf.Name.Column for h in headers)
        keys = [int(page.obj.StructParents) for page in pdf.pages]
        keys += [int(a.StructParent) for page in pdf.pages for a in page.obj.get("/Annots", []) if "/StructParent" in a]
        numbers = pdf.Root.StructTreeRoot.ParentTree.Nums
        assert sorted(keys) == sorted(int(numbers[i]) for i in range(0, len(numbers), 2))
        assert len(set(keys)) == len(keys)
        for number, page in enumerate(pdf.pages, start=1):
            depth = 0
            for _, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                depth += op in ("BDC", "BMC")
                depth -= op == "EMC"
                assert op not in PAINTING or depth > 0, f"page {number}: {op} outside tagged or artifact content"
