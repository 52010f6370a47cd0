"""The preview's group screen in a real browser, as a co-production group would use it.

Over a copy of the sample guide: the screen passes axe-core (WCAG 2.0-2.2 A and AA) with no
violations at 1280 and 375 CSS px; using the keyboard alone (Tab to a picture, Enter), the group
fills every empty slot with a bank picture and agrees every draft part; `plainly build --final`
then succeeds. A forged form posted from a page elsewhere, and a request without the page's
token, change nothing.
"""
import pathlib
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from test_html_browser import WCAG_TAGS, describe, driver, run_axe  # noqa: F401 (driver is a fixture)
from test_preview_process import BIN, free_port, wait_for_port

SAMPLE = pathlib.Path("Content/expert-by-experience")


def folder_bytes(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture()
def preview():
    """A preview of a fresh copy of the sample guide; yields (folder, base address)."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = pathlib.Path(scratch) / "guide"
        shutil.copytree(SAMPLE, folder)
        port = free_port()
        process = subprocess.Popen([BIN, "preview", str(folder), "--port", str(port)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        try:
            wait_for_port(port, process)
            yield folder, f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            process.wait(timeout=10)


def open_group(driver, base, width):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.get(base + "/group")


@pytest.mark.parametrize("width", [1280, 375])
def test_the_group_screen_has_no_wcag_violations(driver, preview, width):
    _, base = preview
    open_group(driver, base, width)
    assert driver.find_elements(By.CSS_SELECTOR, ".choices button"), "the sample guide has slots to fill"
    violations = run_axe(driver, {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]})
    assert violations == [], describe(violations)
    # Nothing wider than the screen: the group never scrolls sideways.
    assert driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")


def tab_to(driver, element, limit=400):
    """Presses Tab until `element` has the focus, as a keyboard user would."""
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    for _ in range(limit):
        if driver.switch_to.active_element == element:
            return
        driver.switch_to.active_element.send_keys(Keys.TAB)
    raise AssertionError(f"Tab never reached {element.text!r}")


def test_a_group_fills_every_slot_and_agrees_every_part_with_the_keyboard(driver, preview):
    folder, base = preview
    before_final = subprocess.run([BIN, "build", str(folder), "--final", "--out", str(folder.parent / "out")],
                                  capture_output=True, text=True)
    assert before_final.returncode != 0, "the sample guide has slots and a draft part: --final must refuse it first"

    open_group(driver, base, 1280)
    chosen = 0
    while driver.find_elements(By.CSS_SELECTOR, ".choices button"):
        first = driver.find_elements(By.CSS_SELECTOR, ".choices button")[0]
        tab_to(driver, first)
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        time.sleep(0.2)
        assert "Chose the picture" in driver.find_element(By.CSS_SELECTOR, ".notice").text
        chosen += 1
        assert chosen < 50
    agreed = 0
    while driver.find_elements(By.CSS_SELECTOR, "form[action='/group/agree'] input[name=who]"):
        who = driver.find_elements(By.CSS_SELECTOR, "form[action='/group/agree'] input[name=who]")[0]
        tab_to(driver, who)
        driver.switch_to.active_element.send_keys("Maya, Dev and Sam")
        driver.switch_to.active_element.send_keys(Keys.TAB)
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        time.sleep(0.2)
        assert "Agreed" in driver.find_element(By.CSS_SELECTOR, ".notice").text
        agreed += 1
        assert agreed < 20
    assert chosen >= 3 and agreed >= 1
    assert "Every picture is chosen and every part is agreed." in driver.page_source
    text = "".join(p.read_text(encoding="utf-8") for p in (folder / "parts").glob("*.md"))
    assert "]()" not in text and "status: draft" not in text
    assert "agreed on" in text and "with Maya, Dev and Sam" in text

    final = subprocess.run([BIN, "build", str(folder), "--final", "--out", str(folder.parent / "out")],
                           capture_output=True, text=True)
    assert final.returncode == 0, final.stdout + final.stderr
    assert (folder.parent / "out" / "guide.pdf").exists() or list((folder.parent / "out").glob("*.pdf"))


def test_forged_requests_change_nothing(driver, preview):
    folder, base = preview
    before = folder_bytes(folder)
    port = base.rsplit(":", 1)[1]
    # A page elsewhere (here a file: page, whose origin is "null") posting a form to the preview.
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as page:
        page.write(f"""<!DOCTYPE html><html lang="en"><title>elsewhere</title><body>
            <form id="f" method="post" action="{base}/group/agree">
            <input name="file" value="parts/05-you-said-we-did.md"><input name="token" value="guess"></form>
            <script>document.getElementById('f').submit();</script></body></html>""")
    driver.get(pathlib.Path(page.name).as_uri())
    time.sleep(1)
    assert "Changes are accepted only from the preview" in driver.page_source
    # Right origin and host, but no token: what a script that guessed the address could send.
    request = urllib.request.Request(
        base + "/group/agree", data=b"file=parts%2F05-you-said-we-did.md", method="POST",
        headers={"Origin": base, "Host": f"127.0.0.1:{port}",
                 "Content-Type": "application/x-www-form-urlencoded"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=5)
    assert refused.value.code == 403
    assert folder_bytes(folder) == before
