"""Every format says the same thing (issue 12): built from one source, the text file, the web page
(as a folder and as one file), the PDF's text and the Word file carry the same headings, and the same words for
everything Plainly adds (who made it, bylines, draft notes, version, review date, picture slots).

The text file is the reference: its headings are underlined and Plainly's own lines start with the
catalogue's words, so both can be picked out of it reliably and looked for in the others."""
import html
import os
import pathlib
import re
import subprocess
from html.parser import HTMLParser

import docx
import pytest
from docx.oxml.ns import qn

BIN = os.path.abspath(os.environ.get("PLAINLY_BIN", ".build/debug/plainly"))
OUT = pathlib.Path(os.environ.get("PLAINLY_CHECK_OUT", ".build/check-out"))
SAMPLES = sorted(p.name for p in pathlib.Path("Content").iterdir() if p.is_dir())
FIXTURES = ["every-construct", "bank-pictures"]
# The lines Plainly adds, as Sources/PlainlyModel/Wording/Wording.swift words them.
GENERATED = re.compile(r"^(Made by|Made together by|Written by|Draft|Version|Review date:|This is an easy read"
                       r"|\[Picture to add|Issue \d|Easy read$|Large print$)")
BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "caption", "dt", "dd", "div", "tr",
              "header", "footer", "nav", "section", "article", "br"}


class PageText(HTMLParser):
    """The words a reader sees, with a break at every block."""

    def __init__(self):
        super().__init__()
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skipping += 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "img":
            alt = dict(attrs).get("alt") or ""
            self.parts.append(f" {alt} ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skipping -= 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def flat(text):
    # PDF text may break a line anywhere; quotes and dashes are compared as they are.
    return re.sub(r"\s+", " ", text).strip()


def page_text(path):
    parser = PageText()
    parser.feed(path.read_text("utf-8"))
    return flat("".join(parser.parts))


def pdf_text(path):
    return flat(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout)


def reference_lines(text):
    """Headings (a line underlined with = or -) and the generated lines, from the text file. A
    generated line starts a block (after a blank line, an underline, a date or another generated
    line); a wrapped one is joined to the lines that continue it."""
    lines = [line.strip() for line in text.split("\n")]
    underline = re.compile(r"[=-]{3,}")
    starts_block = re.compile(r"^$|^[=-]{3,}$|^\d{1,2} [A-Z][a-z]+ \d{4}$")
    found = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        previous = lines[index - 1] if index > 0 else ""
        if line and underline.fullmatch(following):
            found.append(("heading", line))
        elif GENERATED.match(line) and (starts_block.match(previous) or GENERATED.match(previous)):
            block = [line]
            for more in lines[index + 1:]:
                # A picture marker ends at its bracket; the row's text follows it.
                if not more or GENERATED.match(more) or underline.fullmatch(more) or block[-1].endswith("]"):
                    break
                block.append(more)
            found.append(("generated", " ".join(block)))
    return found


def build(source, out, *extra):
    subprocess.run([BIN, "build", str(source), "--out", str(out), *extra], check=True, capture_output=True)


def docx_text(path):
    """Every paragraph of the Word file, those in tables too, a line break read as a space."""
    paragraphs = []
    for paragraph in docx.Document(path).element.body.iter(qn("w:p")):
        words = []
        for node in paragraph.iter(qn("w:t"), qn("w:br"), qn("w:tab")):
            words.append(node.text or "" if node.tag == qn("w:t") else " ")
        paragraphs.append("".join(words))
    return flat("\n".join(paragraphs))


def outputs(name, out):
    return {
        "web page": page_text(out / "html" / "index.html"),
        "PDF": pdf_text(out / f"{name}.pdf"),
        "Word file": docx_text(out / f"{name}.docx"),
    }


def check_agreement(name, out, single_out):
    text = (out / f"{name}.txt").read_text("utf-8")
    others = outputs(name, out)
    others["one-file web page"] = page_text(single_out / f"{name}.html")
    reference = reference_lines(text)
    assert reference, "the text file should have headings"
    missing = []
    for kind, line in reference:
        # A slot in the text is "[Picture to add: …]"; the others show the words without brackets.
        words = flat(line.strip("[]"))
        for format_name, other in others.items():
            if words not in other:
                missing.append(f"{kind} {words!r} is not in the {format_name}")
    assert not missing, "\n".join(missing)
    # And the other way: every heading of the web page is in the text file and the PDF.
    page = (out / "html" / "index.html").read_text("utf-8")
    for heading in re.findall(r"<h[1-6][^>]*>(.*?)</h[1-6]>", page, flags=re.S):
        words = flat(html.unescape(re.sub(r"<[^>]+>", "", heading)))
        assert words in flat(text), f"web page heading {words!r} is not in the text file"
        assert words in others["PDF"], f"web page heading {words!r} is not in the PDF"


@pytest.mark.parametrize("name", SAMPLES)
def test_every_sample_says_the_same_in_every_format(name, tmp_path):
    build(pathlib.Path("Content") / name, tmp_path / "single", "--format", "html", "--single-file")
    check_agreement(name, OUT / name, tmp_path / "single")


@pytest.mark.parametrize("name", FIXTURES)
def test_every_fixture_says_the_same_in_every_format(name, tmp_path):
    source = pathlib.Path("Tests/Fixtures") / name
    build(source, tmp_path / "out")
    build(source, tmp_path / "single", "--format", "html", "--single-file")
    check_agreement(name, tmp_path / "out", tmp_path / "single")


def test_review_date_version_and_easy_read_of_reach_every_format(tmp_path):
    source = tmp_path / "leaflet.md"
    source.write_text("---\ntitle: Your care review\nversion: 2\nreview-date: 2027-10-01\n"
                      "easy-read-of: the Care Review Policy 2026\nauthors: [Sam Jones]\n---\n\n"
                      "# What happens\n\nWe meet once a year.\n", "utf-8")
    build(source, tmp_path / "out")
    build(source, tmp_path / "single", "--format", "html", "--single-file")
    check_agreement("leaflet", tmp_path / "out", tmp_path / "single")
    text = (tmp_path / "out" / "leaflet.txt").read_text("utf-8")
    for words in ["Made by Sam Jones.", "Version: 2", "Review date: October 2027",
                  "This is an easy read version of the Care Review Policy 2026."]:
        assert words in text


def words_of(text):
    return set(re.findall(r"[^\W\d_]+", text.lower()))


def structure_text(path):
    """The PDF's tagged text as a screen reader gets it: the quoted lines of `pdfinfo -struct-text`."""
    out = subprocess.run(["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True).stdout
    return " ".join(re.findall(r'^\s*"(.*)"\s*$', out, flags=re.M))


@pytest.mark.parametrize("name", SAMPLES)
def test_the_pdfs_tagged_text_keeps_every_word_apart(name):
    """Issue 16: the PDF dropped the space at every line end, so its tagged text read "care
    andsupport". Every word of the tagged text must be a word of the text file."""
    reference = words_of((OUT / name / f"{name}.txt").read_text("utf-8"))
    tagged = structure_text(OUT / name / f"{name}.pdf")
    assert len(tagged) > 500, "the PDF should have tagged text"
    # "page", of the contents page's page numbers, is the one word only a paged format has.
    joined = sorted(words_of(tagged) - reference - {"page"})
    assert not joined, f"words in the PDF's tagged text that the text file does not have: {joined[:20]}"
