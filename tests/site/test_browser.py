"""Browser tests of the built sample site, in headless Chromium through selenium.

Run by `make test` after the sample site is built into public/ (SITE_DIR overrides).
The pages are opened from file://, the hardest case for a static site: relative
links and the search index must work without a server.
"""
import json
import os
import pathlib

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

SITE = pathlib.Path(os.environ.get("SITE_DIR", pathlib.Path(__file__).resolve().parents[2] / "public"))
SEED_SLUG = os.environ.get("SEED_SLUG", "lavrov-alaska-summit")
AXE_JS = pathlib.Path(os.environ.get("AXE_JS", ""))


def url(relative):
    return (SITE / relative).resolve().as_uri()




def wait(driver, seconds=10):
    return WebDriverWait(driver, seconds)


def test_search_finds_briefing_entity_and_quote(driver):
    driver.get(url("search/index.html"))
    box = wait(driver).until(EC.presence_of_element_located((By.ID, "search-input")))
    box.send_keys("Lavrov")
    wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li"))
    results = driver.find_elements(By.CSS_SELECTOR, "#search-results li")
    kinds = {r.get_attribute("data-kind") for r in results}
    assert {"briefing", "entity", "quote"} <= kinds, kinds
    texts = " ".join(r.text for r in results)
    assert "Sergei Lavrov" in texts
    assert "Lavrov accuses European Leaders" in texts
    # A query that matches nothing empties the list and says so.
    box.clear()
    box.send_keys("zzzzqqqq")
    wait(driver).until(lambda d: not d.find_elements(By.CSS_SELECTOR, "#search-results li"))


def test_search_result_links_open_their_pages(driver):
    driver.get(url("search/index.html"))
    box = wait(driver).until(EC.presence_of_element_located((By.ID, "search-input")))
    box.send_keys("Sergei Lavrov")
    link = wait(driver).until(EC.element_to_be_clickable(
        (By.CSS_SELECTOR, "#search-results li[data-kind='entity'] a")))
    link.click()
    wait(driver).until(EC.presence_of_element_located((By.TAG_NAME, "h1")))
    assert "Sergei Lavrov" in driver.find_element(By.TAG_NAME, "h1").text


def test_quote_clicks_through_to_speaker_page(driver):
    driver.get(url(f"briefings/{SEED_SLUG}/index.html"))
    quotes = driver.find_elements(By.CSS_SELECTOR, ".quote")
    assert len(quotes) >= 5
    speaker = wait(driver).until(EC.element_to_be_clickable((By.CSS_SELECTOR, "a.quote-speaker")))
    speaker.click()
    wait(driver).until(EC.presence_of_element_located((By.TAG_NAME, "h1")))
    assert driver.find_element(By.TAG_NAME, "h1").text.strip() == "Sergei Lavrov"
    # The speaker's page lists the quotes, each linking back into the briefing.
    back = driver.find_elements(By.CSS_SELECTOR, f"a[href*='{SEED_SLUG}']")
    assert back, "entity page links back to the briefing"


PAGES_FOR_AXE = ["index.html", f"briefings/{SEED_SLUG}/index.html", "entities/sergei-lavrov/index.html", "search/index.html"]


@pytest.mark.parametrize("page", PAGES_FOR_AXE)
def test_no_serious_accessibility_violations(driver, page):
    assert AXE_JS.is_file(), f"axe-core not found at {AXE_JS!r} (set AXE_JS)"
    driver.get(url(page))
    driver.execute_script(AXE_JS.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document).then(r => done(JSON.stringify(r.violations))).catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', description: String(e)}])));")
    violations = [v for v in json.loads(result) if v.get("impact") in ("serious", "critical")]
    assert not violations, "\n".join(f"{v['id']}: {v.get('description')} ({len(v.get('nodes', []))} nodes)" for v in violations)
