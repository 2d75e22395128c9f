"""The chat on a phone (390x844) and a laptop (1280x900) in Debian's Chromium, against a scripted
Assistant over real documents (tests/ui/scripted.py): nothing in the answer column is wider than the
column (tables scroll inside it), the PDF source shows its page with the quote boxed, a Markdown source
is formatted, a link reproduces its answer. Screenshots go to artifacts/ (look at them)."""
from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from assistant.serve import streamlit_command
from assistant.ui.links import link_query
from tests.conftest import REPO
from tests.ui.scripted import CHANGE_Q, CLAIM_Q, COMPARE_Q, PLAN_Q
from tests.ui.test_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, _free_port, _wait_healthy

pytestmark = [pytest.mark.integration, pytest.mark.browser]
APP = REPO / "tests" / "ui" / "scripted_app.py"
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "laptop": {"width": 1280, "height": 900}}

# Elements whose right edge passes the answer column's, outside any box that scrolls sideways.
OVERFLOW_JS = """() => {
  const out = [];
  const scrolls = (el) => { for (let a = el.parentElement; a; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return a; }
    return null; };
  for (const box of document.querySelectorAll('[data-testid="stChatMessageContent"]')) {
    const right = box.getBoundingClientRect().right;
    if (box.scrollWidth > box.clientWidth + 1) out.push('message scrolls: ' + box.scrollWidth + '>' + box.clientWidth);
    for (const el of box.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= right + 1) continue;
      const s = scrolls(el);
      if (s && box.contains(s) && s !== box) continue;  // inside its own scroll box: fine
      out.push(el.tagName + '.' + (el.getAttribute('data-testid') || '') + ' ' + Math.round(r.right) + '>' + Math.round(right)
               + ' ' + (el.textContent || '').slice(0, 40) + ' in ' + (el.parentElement.outerHTML || '').slice(0, 80));
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth + 1)
    out.push('page scrolls sideways: ' + document.documentElement.scrollWidth + '>' + window.innerWidth);
  return out;
}"""


TALLEST_JS = """() => Math.max(document.body.scrollHeight, ...[...document.querySelectorAll(
  '[data-testid="stAppScrollToBottomContainer"], [data-testid="stMain"], [data-testid="stAppViewContainer"]')]
  .map(e => e.scrollHeight))"""


NOTHING_STALE_JS = "() => document.querySelectorAll('[data-stale=\"true\"]').length === 0"
RUN_ENDED_JS = """() => document.querySelectorAll('[data-stale="true"]').length === 0
  && !document.querySelector('[data-testid="stStatusWidgetRunningIcon"], [data-testid="stStatusWidgetRunningManIcon"]')"""


@pytest.fixture
def scripted_server(tmp_path: Path):
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing: install it with apt-get install chromium (needs root)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    port = _free_port()
    env = dict(os.environ, KOMMUN_DATA_DIR=str(tmp_path / "data"), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
               STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    env.pop("KOMMUN_ADMIN_TOKEN", None)
    log_path = tmp_path / "streamlit.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(streamlit_command(port, APP), cwd=REPO, env=env, stdout=log,
                                   stderr=subprocess.STDOUT)
    try:
        _wait_healthy(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        text = log_path.read_text(encoding="utf-8", errors="replace")
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "streamlit-scripted.log").write_text(text, encoding="utf-8")
        assert "Traceback" not in text, text[-3000:]


def _answers(page) -> int:
    return page.locator('[data-testid="stChatMessage"]').count()


def _ask(page, question: str) -> object:
    before = _answers(page)
    box = page.locator('[data-testid="stChatInputTextArea"]')
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(
        """([n]) => { const m = document.querySelectorAll('[data-testid="stChatMessage"]');
                      return m.length >= n && m[n - 1].querySelector('[data-testid="stFeedback"]') !== null; }""",
        arg=[before + 2], timeout=60_000)
    page.wait_for_function(
        """([n]) => document.querySelectorAll('[data-testid="stChatMessage"]')[n - 1].querySelector('a[href*="q="]')""",
        arg=[before + 2], timeout=60_000)  # the reply's last element, its link
    page.wait_for_function(RUN_ENDED_JS, timeout=60_000)  # a click now is not lost in a run that is ending
    return page.locator('[data-testid="stChatMessage"]').nth(before + 1)


@contextmanager
def _browser_page(url: str, viewport: dict) -> Iterator:
    """A Chromium page (Swedish locale) opened at `url`; the browser closes whatever the test does."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport=viewport, locale="sv-SE")
            page.goto(url, wait_until="domcontentloaded")
            yield page
        finally:
            browser.close()


def _tick(scope, label: str, attempts: int = 6) -> None:
    """Tick a checkbox; a click that lands while the app reruns is lost, so click again until it holds (a wait
    for the app, not a timed assertion)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    box = scope.locator('[data-testid="stCheckbox"]').filter(has_text=label).first
    for _ in range(attempts):
        if box.locator("input:checked").count():
            return
        box.get_by_text(label).click()
        try:
            box.locator("input:checked").wait_for(state="attached", timeout=10_000)
            return
        except PlaywrightTimeout:
            continue
    raise AssertionError(f"”{label}” could not be ticked in {attempts} clicks")


def _open_source(reply, number: int = 0):
    expander = reply.locator('[data-testid="stExpander"]').nth(number)
    expander.locator("summary").click()
    expander.locator('[data-testid="stExpanderDetails"]').wait_for(timeout=60_000)
    return expander


@pytest.mark.parametrize("device", list(VIEWPORTS))
def test_answer_column_never_overflows(scripted_server, device):
    ARTIFACTS.mkdir(exist_ok=True)
    with _browser_page(scripted_server, VIEWPORTS[device]) as page:
        page.locator('[data-testid="stChatInputTextArea"]').wait_for(timeout=60_000)

        reply = _ask(page, CHANGE_Q)
        source = _open_source(reply)
        page_image = source.locator('[data-testid="stImage"] img').first  # the PDF page, quote boxed
        page_image.wait_for(timeout=60_000)
        caption = source.inner_text()
        assert "PDF-sida 2 av 2" in caption and "tryckt sidnummer 23" in caption, caption[:400]
        assert reply.locator('[data-testid="stExpander"]').count() == 1, "[1] and [2] quote one row: one entry"
        assert "s. 23 (PDF-sida 2)" in source.locator("summary").inner_text()  # the number printed on the page
        reply.locator('[data-testid="stVegaLiteChart"]').first.wait_for(timeout=60_000)
        page.wait_for_timeout(600)  # let the chart and image finish drawing before the picture

        reply = _ask(page, COMPARE_Q)
        reply.locator('[data-testid="stVegaLiteChart"]').first.wait_for(timeout=60_000)

        reply = _ask(page, PLAN_Q)
        source = _open_source(reply)
        excerpt = source.locator('[data-testid="stHtml"]').first
        assert "**" not in excerpt.inner_text() and excerpt.locator("strong").count() >= 1
        _tick(source, "Visa hela dokumentet")
        whole = source.locator('[data-testid="stHtml"]').nth(1)
        whole.locator('[role="heading"]').first.wait_for(timeout=60_000)
        assert "##" not in whole.inner_text() and whole.locator("mark").count() >= 1
        whole.screenshot(path=str(ARTIFACTS / f"markdown-document-{device}.png"))

        reply = _ask(page, CLAIM_Q)  # an English question on the Swedish page: the whole turn in English
        text = reply.locator('[data-testid="stChatMessageContent"]').inner_text()
        assert "Contradicted" in text and "Sources" in text and "Link to this answer" in text, text[:400]
        assert "Källor" not in text and "Contradicted:" not in text  # the verdict is said once, by the badge
        problems = page.evaluate(OVERFLOW_JS)
        # the picture: same width, tall enough for the whole conversation (the page scrolls inside)
        height = page.evaluate(TALLEST_JS)
        page.set_viewport_size({"width": VIEWPORTS[device]["width"], "height": min(int(height) + 200, 12_000)})
        page.wait_for_timeout(1000)
        page.screenshot(path=str(ARTIFACTS / f"chat-{device}.png"), full_page=True)
        assert problems == [], problems


def test_a_link_reproduces_its_answer(scripted_server):
    with _browser_page(scripted_server + "/" + link_query([CHANGE_Q], "sv"), VIEWPORTS["laptop"]) as page:
        page.locator('[data-testid="stFeedback"]').first.wait_for(timeout=60_000)
        messages = page.locator('[data-testid="stChatMessageContent"]')
        assert messages.nth(0).inner_text().strip() == CHANGE_Q
        assert "7\u00a0990\u00a0tkr" in messages.nth(1).inner_text()
        link = messages.nth(1).locator("a", has_text="Länk till svaret")
        assert "q=" in (link.get_attribute("href") or "")
        assert "q=" in page.url  # the address names the conversation too


def test_switching_language_switches_the_filter_chips_too(scripted_server):
    with _browser_page(scripted_server, VIEWPORTS["laptop"]) as page:
        sidebar = page.locator('[data-testid="stSidebar"]')
        types = sidebar.locator('[data-testid="stMultiSelect"]', has_text="Dokumenttyp")
        types.locator("input").click()
        options = page.locator('[role="option"]')
        options.first.wait_for(timeout=60_000)
        labels = options.all_inner_texts()
        assert "Select all" not in labels and "Pressmeddelande" in labels, labels
        page.locator('[role="option"]', has_text="Pressmeddelande").click()
        page.keyboard.press("Escape")
        page.get_by_text("Svaren söks bara i dokument som matchar filtren.").wait_for(timeout=60_000)
        sidebar.get_by_text("English").click()
        page.get_by_text("Answers only use documents that match the filters.").wait_for(timeout=60_000)
        page.wait_for_timeout(500)
        page.screenshot(path=str(ARTIFACTS / "filters-english.png"))
        chips = sidebar.locator('[data-testid="stMultiSelect"]', has_text="Document type").inner_text()
        assert "Press release" in chips and "Pressmeddelande" not in chips, chips


def test_pdf_source_page_picture(scripted_server):
    """The README's picture: a budget answer whose source shows the PDF page with the quoted row boxed."""
    ARTIFACTS.mkdir(exist_ok=True)
    with _browser_page(scripted_server, {"width": 1100, "height": 900}) as page:
        page.locator('[data-testid="stChatInputTextArea"]').wait_for(timeout=60_000)
        reply = _ask(page, CHANGE_Q)
        source = _open_source(reply)
        _tick(source, "Visa hela sidan")
        whole = source.locator('[data-testid="stImage"] img').nth(1)
        whole.wait_for(timeout=60_000)
        assert source.locator('[data-testid="stImage"]').nth(1).inner_text().startswith("Sidan 2 ur")
        height = page.evaluate(TALLEST_JS)
        page.set_viewport_size({"width": 1100, "height": min(int(height) + 200, 12_000)})
        page.wait_for_timeout(1000)
        question = page.locator('[data-testid="stChatMessage"]').first.bounding_box()
        end = source.locator('[data-testid="stImage"]').nth(1).bounding_box()  # down to the page's caption
        page.screenshot(path=str(ARTIFACTS / "pdf-source.png"),
                        clip={"x": question["x"] - 16, "y": question["y"] - 16, "width": question["width"] + 32,
                              "height": end["y"] + end["height"] - question["y"] + 32})


def test_filters_that_hide_the_answer_say_so_and_can_be_dropped(scripted_server):
    from tests.ui.scripted import FILTERED_Q

    with _browser_page(scripted_server, VIEWPORTS["laptop"]) as page:
        types = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]', has_text="Dokumenttyp")
        types.locator("input").click()
        page.locator('[role="option"]', has_text="Budget").first.click()
        page.keyboard.press("Escape")
        page.get_by_text("Svaren söks bara i dokument som matchar filtren.").wait_for(timeout=60_000)
        reply = _ask(page, FILTERED_Q)
        notice = reply.locator('[data-testid="stAlertContainer"]')
        assert "Filtren (dokumenttyp Budget) utesluter" in notice.inner_text()
        page.wait_for_timeout(300)
        page.screenshot(path=str(ARTIFACTS / "filtered-out.png"))
        reply.get_by_role("button", name="Fråga utan filter").click()
        page.wait_for_function(
            """() => { const m = document.querySelectorAll('[data-testid="stChatMessage"]');
                       return m.length >= 4 && m[3].querySelector('[data-testid="stFeedback"]') !== null; }""",
            timeout=30_000)
        answer = page.locator('[data-testid="stChatMessageContent"]').nth(3).inner_text()
        assert "5,4" in answer and "Källor" in answer, answer[:300]


# Records, from the moment the newest reply shows its text, every element of the chat that Streamlit greys
# out as left over from the run before (data-stale): elements the asking run draws after the answer, or in
# other places than later runs do, stay as grey boxes until the run ends.
WATCH_STALE_JS = """([n]) => {
  window.__stale = [];
  if (window.__watch) window.__watch.disconnect();
  window.__watch = new MutationObserver(() => {
    const m = document.querySelectorAll('[data-testid="stChatMessage"]');
    const last = m[m.length - 1];
    if (m.length < n || !last.querySelector('[data-testid="stMarkdown"]')) return;
    for (const el of document.querySelectorAll('[data-testid="stMain"] [data-stale="true"]'))
      window.__stale.push((el.innerText || el.getAttribute('class') || '').slice(0, 60));
  });
  window.__watch.observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['data-stale']});
}"""


def test_no_greyed_leftovers_after_an_answer_and_the_input_follows_the_conversation(scripted_server):
    ARTIFACTS.mkdir(exist_ok=True)
    with _browser_page(scripted_server, VIEWPORTS["laptop"]) as page:
        box = page.locator('[data-testid="stChatInputTextArea"]')
        box.wait_for(timeout=60_000)
        assert box.get_attribute("placeholder").startswith("Skriv din fråga")
        for question in (CHANGE_Q, COMPARE_Q, PLAN_Q):
            page.wait_for_function(NOTHING_STALE_JS, timeout=60_000)
            page.evaluate(WATCH_STALE_JS, [_answers(page) + 2])
            _ask(page, question)
            page.wait_for_function(NOTHING_STALE_JS, timeout=60_000)  # the run has ended
            assert page.evaluate("() => window.__stale") == [], question
        _ask(page, CLAIM_Q)  # an English question: the conversation is in English now
        page.wait_for_function(
            """() => (document.querySelector('[data-testid="stChatInputTextArea"]').placeholder || '')
                     .startsWith('Type your question')""", timeout=60_000)
        page.screenshot(path=str(ARTIFACTS / "english-input.png"))


def test_the_municipality_filter_narrows_and_speaks_the_pages_language(scripted_server):
    from tests.ui.scripted import FILTERED_Q

    ARTIFACTS.mkdir(exist_ok=True)
    with _browser_page(scripted_server, VIEWPORTS["laptop"]) as page:
        sidebar = page.locator('[data-testid="stSidebar"]')
        chooser = sidebar.locator('[data-testid="stMultiSelect"]', has_text="Kommun")
        chooser.wait_for(timeout=60_000)
        chooser.locator("input").click()
        options = page.locator('[role="option"]')
        options.first.wait_for(timeout=60_000)
        assert options.all_inner_texts() == ["Alingsås", "Testkommun"]
        page.locator('[role="option"]', has_text="Testkommun").click()
        page.keyboard.press("Escape")
        page.get_by_text("Svaren söks bara i dokument som matchar filtren.").wait_for(timeout=60_000)
        reply = _ask(page, FILTERED_Q)
        notice = reply.locator('[data-testid="stAlertContainer"]')
        assert "Filtren (kommun Testkommun) utesluter" in notice.inner_text()
        sidebar.get_by_text("English").click()
        page.get_by_text("Answers only use documents that match the filters.").wait_for(timeout=60_000)
        chooser = sidebar.locator('[data-testid="stMultiSelect"]', has_text="Municipality")
        chooser.wait_for(timeout=60_000)
        assert "Testkommun" in chooser.inner_text()  # the choice stays when the language changes
        page.wait_for_function(NOTHING_STALE_JS, timeout=60_000)
        page.screenshot(path=str(ARTIFACTS / "municipality-filter.png"))
