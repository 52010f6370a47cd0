"""Easy-read web pages on a phone (375 CSS px), as the issue on pictures asks: every row keeps its
picture on the left of its words (smaller), rows are spaced alike, and no word is split at a line
end anywhere in a row."""
import pytest

from test_html_browser import driver, open_page  # noqa: F401 (driver is a fixture)
from test_html_pages import html_pages, page_id

ROW_GEOMETRY = """
return [...document.querySelectorAll('.row')].map(row => {
  const picture = row.querySelector('.row-picture');
  const text = row.querySelector('.row-text');
  const p = picture.getBoundingClientRect(), t = text.getBoundingClientRect();
  const style = getComputedStyle(row);
  return {slot: picture.classList.contains('row-slot'), pictureRight: p.right, pictureTop: p.top,
          pictureWidth: p.width, textLeft: t.left, textTop: t.top,
          marginTop: style.marginTop, marginBottom: style.marginBottom};
});
"""

# Every word of every row's text, with how many line boxes it takes: a word split at a line end takes two.
SPLIT_WORDS = """
const split = [];
for (const row of document.querySelectorAll('.row-text, .row-slot')) {
  const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.data.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
      if (lines.size > 1) split.push(match[0]);
    }
  }
}
return split;
"""


def easy_read_pages():
    return [page for page in html_pages() if 'class="row"' in page.read_text(encoding="utf-8")]


@pytest.mark.parametrize("page", easy_read_pages(), ids=page_id)
def test_rows_keep_the_picture_on_the_left_at_375_px(driver, page):
    open_page(driver, page, 375)
    rows = driver.execute_script(ROW_GEOMETRY)
    assert rows, "an easy-read page has rows"
    pictured = [row for row in rows if not row["slot"]]
    assert pictured, "the sample has rows with pictures"
    for row in pictured:
        assert row["pictureRight"] <= row["textLeft"], row
        assert abs(row["pictureTop"] - row["textTop"]) < 2, row
        assert 60 <= row["pictureWidth"] <= 120, row
    assert len({(row["marginTop"], row["marginBottom"]) for row in rows}) == 1, "rows are spaced alike"


@pytest.mark.parametrize("width", [375, 320])
@pytest.mark.parametrize("page", easy_read_pages(), ids=page_id)
def test_no_word_in_a_row_is_split_at_a_line_end(driver, page, width):
    open_page(driver, page, width)
    assert driver.execute_script(SPLIT_WORDS) == []
