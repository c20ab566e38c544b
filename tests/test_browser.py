"""The HTML review report, opened in real headless Chromium (Debian: chromium, chromium-driver).

CI installs Chromium (.ci/run), so a missing browser fails this test rather than skipping it.
"""

import shutil

import pytest

from verifier import Verifier, review
from verifier.render import renderer

from .conftest import DEMO_CORPUS

DRAFT = """# Belarus frees prisoners

Belarus pardoned 25 prisoners on Thursday.

<script>document.body.dataset.ran = "draft"; document.title = "pwned";</script>

They join 314 others released since July 2023, according to Human Rights Watch.
"""
#: A corpus document whose text carries markup that must never reach the page as markup.
CORPUS_NOTE = (
    "Officials said <script>document.body.dataset.ran = 'corpus'</script> that the "
    "<b>border</b> crossing into Lithuania stayed open on Friday.\n"
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--window-size=1200,1600",
]


@pytest.fixture
def report_page(tmp_path, encoder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "note.txt").write_text(CORPUS_NOTE)
    (tmp_path / "draft.md").write_text(DRAFT)
    verifier = Verifier(corpus=[DEMO_CORPUS, corpus], cache_dir=tmp_path / "cache", encoder=encoder)
    draft = review.read(tmp_path / "draft.md")
    draft_claims = [c.text for c in draft.claims]
    claims = [*draft_claims, "The border crossing into Lithuania stayed open on Friday."]
    verdicts = list(verifier.check_many(claims))
    report = review.to_report(draft, verdicts[: len(draft_claims)])
    page = tmp_path / "report.html"
    with open(page, "w", encoding="utf-8") as stream:
        renderer("html")(report, stream)
    # A second page whose evidence is the corpus note with the <script> in it.
    from verifier.report import Item, Report

    note = Report((Item(verdicts[-1], id="1"),), mode="file", source="claims.txt")
    note_page = tmp_path / "note.html"
    with open(note_page, "w", encoding="utf-8") as stream:
        renderer("html")(note, stream)
    return page, note_page


@pytest.fixture
def browser(tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not chromium or not driver_path:
        pytest.fail("headless Chromium is needed: apt-get install chromium chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in [*FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(driver_path))
    yield driver
    driver.quit()


def test_report_shows_highlights_and_evidence_and_never_runs_scripts(
    report_page, browser, tmp_path
):
    from selenium.webdriver.common.by import By

    page, note_page = report_page
    browser.get(page.as_uri())
    assert browser.title == f"Review of {tmp_path / 'draft.md'}"
    assert browser.find_elements(By.TAG_NAME, "script") == []
    assert browser.execute_script("return document.body.dataset.ran") is None
    draft = browser.find_element(By.CSS_SELECTOR, ".draft")
    assert '<script>document.body.dataset.ran = "draft"' in draft.text  # shown as text

    # each checked sentence is highlighted in its verdict's colour
    wrong = browser.find_element(By.CSS_SELECTOR, "a.claim.v-contradicted")
    right = browser.find_element(By.CSS_SELECTOR, "a.claim.v-supported")
    assert wrong.text.startswith("Belarus pardoned 25 prisoners on Thursday")
    assert right.text.startswith("They join 314 others released since July 2023")
    assert wrong.value_of_css_property("border-bottom-color") == "rgba(192, 38, 45, 1)"
    assert right.value_of_css_property("border-bottom-color") == "rgba(27, 122, 52, 1)"

    # evidence and reasons are hidden until the card is opened
    card = browser.find_elements(By.CSS_SELECTOR, "details.card")[0]
    evidence = card.find_element(By.CSS_SELECTOR, "blockquote")
    assert not evidence.is_displayed()
    card.find_element(By.TAG_NAME, "summary").click()
    assert evidence.is_displayed()
    assert "The 52 prisoners pardoned on Thursday" in evidence.text
    assert card.find_element(By.CSS_SELECTOR, "mark.mismatch").text == "52"
    assert "quantity 25 ≠ 52" in card.text

    # a click on a highlight in the draft opens that claim's card
    right.click()
    second = browser.find_elements(By.CSS_SELECTOR, "details.card")[1]
    assert second.get_attribute("open") == "true"
    assert "Human Rights Watch" in second.find_element(By.CSS_SELECTOR, "blockquote").text

    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000

    # corpus text with markup in it is shown as text too
    browser.get(note_page.as_uri())
    card = browser.find_element(By.CSS_SELECTOR, "details.card")
    card.find_element(By.TAG_NAME, "summary").click()
    assert "<script>document.body.dataset.ran = 'corpus'</script>" in card.text
    assert "<b>border</b>" in card.text
    assert browser.find_elements(By.TAG_NAME, "script") == []
    assert browser.find_elements(By.CSS_SELECTOR, "blockquote b") == []
    assert browser.execute_script("return document.body.dataset.ran") is None
