"""The PDF's text, as copy-and-paste and a screen reader get it, is the words as written: each word
is drawn from the glyphs the layout shaped for it (one shaping per distinct word), and text Pango must
draw itself (a character the font lacks) still goes through Pango, beside words drawn the fast way."""
import os
import pathlib
import subprocess
import unicodedata

BIN = os.environ.get("PLAINLY_BIN", ".build/debug/plainly")

WORDS = [
    "Office", "staff", "affect", "fluffy", "waffle",        # ligature-prone pairs
    "café", "cafe\u0301", "naïve",                           # precomposed and combining accents
    "“quoted”", "it’s", "2024–2025", "£20", "50%",           # typographic punctuation
    "support@example.org", "https://example.org/a-b/c",       # addresses
]


def build(tmp_path, body):
    source = tmp_path / "text.md"
    source.write_text("---\ntitle: Text check\nprofile: large-print\n---\n\n" + body + "\n", encoding="utf-8")
    result = subprocess.run([BIN, "build", str(source), "--format", "pdf", "--out", str(tmp_path / "out")],
                            capture_output=True, text=True)
    assert result.returncode in (0, 1), result.stderr
    pdf = tmp_path / "out" / "text.pdf"
    text = subprocess.run(["pdftotext", "-nopgbrk", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return unicodedata.normalize("NFC", " ".join(text.split())), result.stderr


def test_words_drawn_from_shaped_glyphs_read_as_written(tmp_path):
    # Enough words to wrap over several lines, each word several times.
    paragraph = " ".join(WORDS * 6)
    text, _ = build(tmp_path, paragraph)
    expected = unicodedata.normalize("NFC", " ".join(WORDS * 6))
    assert expected in text


def test_a_character_the_font_lacks_goes_through_pango_and_the_words_around_it_stay(tmp_path):
    text, warnings = build(tmp_path, "Before the box \u0915\u093f after the box, and more words to follow.")
    assert "missing-glyph" in warnings or "no shape" in warnings
    assert "Before the box" in text
    assert "after the box, and more words to follow." in text
