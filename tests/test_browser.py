"""The checking page in a real browser: Debian's Chromium (/usr/bin/chromium) driven by Playwright,
against the real server (uvicorn) on a free port. A user types a draft, sees the finding underlined
and listed, clicks the fix, and the text changes; the publication date, the timeline, a story full of
markup, a phone-sized window, the keyboard alone, a Word file, the download and a token."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="no Chromium at /usr/bin/chromium (install Debian's chromium package; .ci/run does, as root)")
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (the test extra)")

from serve_support import DRAFT, live_server  # noqa: E402

TYPED = "---\ndate: 2025-03-12\n---\n\nThe ferry board met on Monday, March 11, to set fares.\n"
WITHOUT_DATE = "The ferry board met on Monday, March 11, to set fares. It voted yesterday, March 9."


@pytest.fixture(scope="module")
def server():  # type: ignore[no-untyped-def]
    with live_server() as url:
        yield url


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(server + "/")
    yield page
    context.close()
    assert errors == []


def story(page):  # type: ignore[no-untyped-def]
    return page.get_by_label("Story text", exact=True)


def highlighted(page, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return page.evaluate(f"CSS.highlights.has('{name}') ? [...CSS.highlights.get('{name}')].map(r => r.toString()) : []")


def test_typing_a_draft_underlines_and_lists_the_finding(page) -> None:  # type: ignore[no-untyped-def]
    story(page).click()
    story(page).press_sequentially(TYPED)
    fix = page.get_by_role("button", name="Tuesday", exact=True)
    fix.wait_for()
    assert highlighted(page, "dc-error") == ["Monday"]
    assert highlighted(page, "dc-related") == ["March 11"]  # the other side of the conflict
    item = page.locator("#findings li").first
    assert "'Monday' does not match March 11: Tuesday, March 11, 2025" in item.inner_text()
    assert item.get_by_role("link", name="DC101 weekday-mismatch").get_attribute("href") == "/rules/DC101"
    assert story(page).input_value() == TYPED  # the text itself is never rewritten to show findings
    assert page.locator("#status").inner_text() == "1 finding: 1 error."
    # the underline is drawn where the word is: inside the text area, on the line of the word
    box = story(page).bounding_box()
    mark = page.evaluate("(() => { const r = [...CSS.highlights.get('dc-error')][0].getBoundingClientRect();"
                         " return {x: r.x, y: r.y, width: r.width}; })()")
    assert box["x"] < mark["x"] < box["x"] + box["width"] and box["y"] < mark["y"] < box["y"] + box["height"]
    assert mark["width"] > 0


def test_clicking_a_suggestion_applies_it(page) -> None:  # type: ignore[no-untyped-def]
    story(page).fill(DRAFT)
    page.get_by_role("button", name="Tuesday", exact=True).click()
    expected = DRAFT.replace("Monday, March 11", "Tuesday, March 11")
    assert story(page).input_value() == expected
    page.get_by_role("button", name="Tuesday", exact=True).wait_for(state="detached")
    assert page.locator("#status").inner_text() == "1 finding: 1 warning."
    # the next fix comes after an emoji: its offsets are counted as JavaScript counts them
    page.get_by_role("button", name="March 11", exact=True).click()
    assert story(page).input_value() == expected.replace("yesterday, March 9", "yesterday, March 11")
    page.get_by_text("No date problems found.").wait_for()
    assert highlighted(page, "dc-error") == [] and highlighted(page, "dc-warning") == []


def test_the_publication_date_comes_from_the_text_else_today(page) -> None:  # type: ignore[no-untyped-def]
    field = page.get_by_label("Publication date", exact=True)
    note = page.locator("#published-note")
    story(page).fill(DRAFT)
    page.get_by_role("button", name="Tuesday", exact=True).wait_for()
    assert field.input_value() == "2025-03-12" and note.inner_text() == "From the text: the front matter (“date”)."
    story(page).fill(WITHOUT_DATE)
    page.get_by_text("Today’s date: the text gives no publication date.", exact=False).wait_for()
    today = page.evaluate("(() => { const d = new Date(); return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'),"
                          " String(d.getDate()).padStart(2, '0')].join('-'); })()")
    assert field.input_value() == today
    field.fill("2025-03-12")  # the editor sets the day the story runs
    page.get_by_text("Set here, over any date the text gives.").wait_for()
    page.get_by_role("button", name="March 11", exact=True).wait_for()  # "yesterday" now means March 11
    page.get_by_role("button", name="Use the date in the text").click()
    page.get_by_text("Today’s date", exact=False).wait_for()


def test_the_timeline_shows_the_dates_on_an_axis(page) -> None:  # type: ignore[no-untyped-def]
    story(page).fill(DRAFT)
    page.get_by_role("button", name="Tuesday", exact=True).wait_for()
    svg = page.locator("#timeline svg")
    assert svg.get_attribute("role") == "img"
    assert page.get_by_role("img", name="Time axis", exact=False).count() == 1
    # a dot for each date: Monday, March 11, Saturday, March 15, yesterday, March 9
    assert svg.locator("circle").count() == 6
    words = svg.text_content()
    assert svg.locator("path.published").count() == 1 and "published" in words
    assert svg.locator("circle.sev-error").count() >= 1 and svg.locator("circle.sev-warning").count() >= 1
    assert "DC101" in words and "DC204" in words and "2025-03-15" in words


def test_markup_in_a_story_or_a_file_name_is_shown_not_run(page) -> None:  # type: ignore[no-untyped-def]
    hostile = ('<script>window.__ran = 1</script><img src=x onerror="window.__ran = 2">\n'
               "<b>The ferry board met on Monday, March 11.</b> <!-- --><iframe src=/></iframe>")
    story(page).fill("---\ndate: 2025-03-12\n---\n" + hostile)
    page.get_by_role("button", name="Tuesday", exact=True).wait_for()
    assert page.evaluate("window.__ran") is None
    assert page.locator("script").count() == 1 and page.locator("img, iframe, b").count() == 0
    assert "<script>window.__ran = 1</script>" in page.locator("#mirror").text_content()
    page.get_by_label("Open a file").set_input_files(files=[{
        "name": "<img src=x onerror=window.__ran=3>.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.7"}])
    page.get_by_text("PDF is not supported", exact=False).wait_for()
    assert "<img src=x onerror=window.__ran=3>.pdf was not opened" in page.locator("#status").inner_text()
    assert page.evaluate("window.__ran") is None and page.locator("img").count() == 0


def test_a_german_story_is_read_as_german_unless_told_otherwise(page) -> None:  # type: ignore[no-untyped-def]
    story(page).fill("---\ndate: 2025-03-12\n---\n\nDie Hafenkommission tagte am Montag, 11. März 2025, und "
                     "beschloss den neuen Fahrplan für die Fähre.")
    page.get_by_text("1 finding: 1 error.").wait_for()
    assert highlighted(page, "dc-error") == ["Montag"] and highlighted(page, "dc-related") == ["11. März 2025"]
    page.get_by_label("Language", exact=True).select_option("en")
    page.get_by_text("No date problems found.").wait_for()
    assert highlighted(page, "dc-error") == []


def test_the_page_is_usable_400_pixels_wide(browser, server) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 400, "height": 800})
    page = context.new_page()
    try:
        page.goto(server + "/")
        story(page).fill(DRAFT)
        fix = page.get_by_role("button", name="Tuesday", exact=True)
        fix.wait_for()
        assert page.evaluate("document.documentElement.scrollWidth") <= 400  # nothing scrolls sideways
        for control in (story(page), fix, page.get_by_label("Publication date", exact=True),
                        page.get_by_role("button", name="Download the text"), page.locator("#timeline svg")):
            control.scroll_into_view_if_needed()
            box = control.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 400, control
        assert story(page).bounding_box()["width"] >= 300
        fix.click()
        assert "Tuesday, March 11" in story(page).input_value()
    finally:
        context.close()


def test_everything_is_reachable_with_the_keyboard(page) -> None:  # type: ignore[no-untyped-def]
    def tab_to(predicate: str, limit: int = 60) -> int:
        for count in range(1, limit + 1):
            page.keyboard.press("Tab")
            if page.evaluate(f"(() => {{ const e = document.activeElement; return {predicate}; }})()"):
                return count
        raise AssertionError(f"not reached with Tab: {predicate}")

    tab_to("e.id === 'story'")
    page.keyboard.type(TYPED)
    page.get_by_role("button", name="Tuesday", exact=True).wait_for()
    tab_to("e.tagName === 'BUTTON' && e.textContent === 'Tuesday'")
    page.keyboard.press("Enter")
    assert story(page).input_value() == TYPED.replace("Monday", "Tuesday")
    page.get_by_text("No date problems found.").wait_for()
    for label in ("Publication date", "Format", "Language", "Country (for holidays)", "Date order", "Open a file"):
        assert page.get_by_label(label, exact=True).count() == 1, label


def test_a_word_draft_opens_into_the_story(page) -> None:  # type: ignore[no-untyped-def]
    docx = pytest.importorskip("docx", reason="the docx extra (python-docx) is not installed")
    document = docx.Document()
    document.add_paragraph("Published March 12, 2025")
    document.add_paragraph("The ferry board met on Monday, March 11, to set fares.")
    data = io.BytesIO()
    document.save(data)
    page.get_by_label("Open a file").set_input_files(files=[{
        "name": "fares.docx", "buffer": data.getvalue(),
        "mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}])
    page.get_by_role("button", name="Tuesday", exact=True).wait_for()
    assert story(page).input_value() == "Published March 12, 2025\n\nThe ferry board met on Monday, March 11, to set fares."
    assert page.get_by_label("Publication date", exact=True).input_value() == "2025-03-12"
    with page.expect_download() as download:
        page.get_by_role("button", name="Download the text").click()
    assert download.value.suggested_filename == "fares.txt"


def test_the_corrected_text_downloads(page) -> None:  # type: ignore[no-untyped-def]
    story(page).fill(DRAFT)
    page.get_by_role("button", name="Tuesday", exact=True).click()
    corrected = story(page).input_value()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download the text").click()
    assert Path(download.value.path()).read_text(encoding="utf-8") == corrected
    assert download.value.suggested_filename == "story.txt"


def test_a_server_with_a_token_asks_for_it(browser) -> None:  # type: ignore[no-untyped-def]
    with live_server(token="newsroom-token") as url:
        context = browser.new_context()
        page = context.new_page()
        try:
            page.goto(url + "/")
            story(page).fill(DRAFT)
            page.get_by_text("Not checked: this server needs a token", exact=False).wait_for()
            page.get_by_label("Server token").fill("newsroom-token")
            page.get_by_role("button", name="Use this token").click()
            page.get_by_role("button", name="Tuesday", exact=True).wait_for()
            assert page.get_by_label("Server token").is_hidden()
        finally:
            context.close()
