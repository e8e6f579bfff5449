"""Browser tests of the search page alone (briefing and entity results; test_browser.py covers
quotes): diacritics, prefixes, every word must match, ranking, ?q=, the live count.
Opened from file://, where the index must load through <script src>, not fetch()."""
import os
import pathlib

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

SITE = pathlib.Path(os.environ.get("SITE_DIR", pathlib.Path(__file__).resolve().parents[2] / "public"))


def url(relative):
    return (SITE / "search" / "index.html").resolve().as_uri() + relative




def results(driver, query):
    driver.get(url(""))
    box = WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "search-input"))
    box.send_keys(query)
    return driver.find_elements(By.CSS_SELECTOR, "#search-results li")


def titles(items):
    return [item.find_element(By.TAG_NAME, "a").text for item in items]


def test_diacritics_are_ignored_both_ways(driver):
    assert any("Gdańsk" in t for t in titles(results(driver, "gdansk")))
    assert any("Belém" in t for t in titles(results(driver, "BELEM")))


def test_words_match_by_prefix_and_all_must_match(driver):
    assert any("Lavrov" in t for t in titles(results(driver, "lavr")))
    assert titles(results(driver, "lavrov alaska"))
    assert not results(driver, "lavrov zzzzqqqq")
    assert not results(driver, "avrov"), "matches start at word starts"


def test_title_matches_rank_first(driver):
    found = titles(results(driver, "nato"))
    assert found and "NATO" in found[0], found


def test_results_are_counted_in_a_live_region_and_link_to_pages(driver):
    items = results(driver, "summit")
    status = driver.find_element(By.ID, "search-status")
    assert status.get_attribute("aria-live") == "polite"
    assert status.text == (f"{len(items)} results." if len(items) != 1 else "1 result.")
    link = items[0].find_element(By.TAG_NAME, "a")
    assert items[0].get_attribute("data-kind") == "briefing"
    assert "/briefings/" in link.get_attribute("href")
    link.click()
    WebDriverWait(driver, 10).until(lambda d: "/briefings/" in d.current_url)


def test_no_results_says_so(driver):
    assert not results(driver, "zzzzqqqq")
    assert driver.find_element(By.ID, "search-status").text == "No results."


def test_the_query_string_fills_the_box(driver):
    driver.get(url("?q=guterres"))
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li"))
    assert driver.find_element(By.ID, "search-input").get_attribute("value") == "guterres"
    assert any("Guterres" in t for t in titles(driver.find_elements(By.CSS_SELECTOR, "#search-results li")))


def test_on_equal_scores_entities_come_before_briefings(driver):
    items = results(driver, "lavrov")
    kinds = [item.get_attribute("data-kind") for item in items]
    assert "entity" in kinds and "briefing" in kinds, kinds
    assert kinds.index("entity") < kinds.index("briefing"), kinds
