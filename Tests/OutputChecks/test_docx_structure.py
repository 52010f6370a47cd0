"""Checks on the real Word files rendered from every sample in Content/: Word's heading styles, alt
text on every picture, British English, a title in the properties, repeated header rows, body text
at the profile's size, byte-identical rebuilds, and that LibreOffice renders every heading."""
import os
import pathlib
import re
import subprocess
import tempfile

import docx
import pytest
from docx.oxml.ns import qn

OUT = pathlib.Path(os.environ.get("PLAINLY_CHECK_OUT", ".build/check-out"))
BIN = os.environ.get("PLAINLY_BIN", ".build/debug/plainly")
SAMPLES = sorted(p.name for p in pathlib.Path("Content").iterdir() if p.is_dir())
# The body size of each profile, in points (Profile.bodySize in Sources/PlainlyModel, which every format takes).
BODY_SIZE = {"easy-read": 16, "large-print": 18, "plain": 14}
DECORATIVE = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"
WP_DOCPR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
A_EXT = "{http://schemas.openxmlformats.org/drawingml/2006/main}ext"


def docx_path(name):
    return OUT / name / f"{name}.docx"


def profile_of(name):
    sample = pathlib.Path("Content") / name
    source = sample / "guide.yaml" if (sample / "guide.yaml").exists() else next(sample.glob("*.md"))
    match = re.search(r"^profile:\s*([\w-]+)", source.read_text("utf-8"), re.MULTILINE)
    return match.group(1) if match else "easy-read"


def headings(document):
    return [p.text for p in document.paragraphs
            if p.style.name.startswith("Heading") or p.style.name == "Title"]


def squeeze(text):
    return " ".join(text.replace("\u00ad", "").split())


@pytest.fixture(scope="module")
def rendered():
    """Every sample's Word file converted to PDF by LibreOffice, once, with a private profile so
    parallel runs don't clash; the text of each PDF by name."""
    with tempfile.TemporaryDirectory() as work:
        work = pathlib.Path(work)
        files = [str(docx_path(name)) for name in SAMPLES]
        result = subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "pdf",
             "--outdir", str(work / "pdf"), *files], capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr
        texts = {}
        for name in SAMPLES:
            pdf = work / "pdf" / f"{name}.pdf"
            assert pdf.exists(), f"LibreOffice made no PDF of {name}.docx: {result.stdout}{result.stderr}"
            pages = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
            assert int(re.search(r"Pages:\s+(\d+)", pages).group(1)) > 0
            texts[name] = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                                         text=True).stdout
        yield texts


@pytest.mark.parametrize("name", SAMPLES)
def test_headings_use_words_heading_styles(name):
    document = docx.Document(docx_path(name))
    styles = {p.style.name for p in document.paragraphs}
    assert "Title" in styles
    assert "Heading 1" in styles


@pytest.mark.parametrize("name", SAMPLES)
def test_every_picture_has_alt_text_or_is_marked_decorative(name):
    document = docx.Document(docx_path(name))
    pictures = list(document.element.body.iter(WP_DOCPR))
    if name == "expert-by-experience":
        assert len(pictures) >= 6, "the easy-read guide's pictures are in the Word file"
    for doc_pr in pictures:
        decorative = any(ext.get("uri") == DECORATIVE for ext in doc_pr.iter(A_EXT))
        assert decorative or doc_pr.get("descr", "").strip(), f"{name}: picture {doc_pr.get('id')} has no alt text"


@pytest.mark.parametrize("name", SAMPLES)
def test_language_is_british_english(name):
    document = docx.Document(docx_path(name))
    assert document.core_properties.language == "en-GB"
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "en-GB"


@pytest.mark.parametrize("name", SAMPLES)
def test_title_is_in_the_properties_and_on_the_first_page(name):
    document = docx.Document(docx_path(name))
    title = document.core_properties.title
    assert title and squeeze(title) == squeeze(headings(document)[0])


@pytest.mark.parametrize("name", SAMPLES)
def test_every_table_with_a_header_repeats_it(name):
    document = docx.Document(docx_path(name))
    for table in document.element.body.iter(qn("w:tbl")):
        style = table.find(qn("w:tblPr")).find(qn("w:tblStyle"))
        if style is None or style.get(qn("w:val")) != "PlainlyTable":
            continue
        first = table.find(qn("w:tr"))
        assert first.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None


@pytest.mark.parametrize("name", SAMPLES)
def test_body_text_is_at_the_profiles_size(name):
    document = docx.Document(docx_path(name))
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    size = int(defaults.find(qn("w:sz")).get(qn("w:val"))) / 2
    assert size == BODY_SIZE[profile_of(name)]
    assert document.styles["Normal"].font.size is None, "Normal inherits the default size"
    assert document.styles["Heading 1"].font.size.pt > size


@pytest.mark.parametrize("name", SAMPLES)
def test_libreoffice_renders_every_heading(name, rendered):
    text = squeeze(rendered[name])
    for heading in headings(docx.Document(docx_path(name))):
        assert squeeze(heading) in text, f"{name}: heading {heading!r} not in LibreOffice's PDF"


def test_two_builds_are_byte_identical(tmp_path):
    subprocess.run([BIN, "build", "Content/expert-by-experience", "--format", "docx", "--out", str(tmp_path / "again")],
                   check=True, capture_output=True)
    again = (tmp_path / "again" / "expert-by-experience.docx").read_bytes()
    assert again == docx_path("expert-by-experience").read_bytes()
