"""Browser tests of the search page alone (briefing and entity results; test_browser.py covers
quotes): diacritics, prefixes, every word must match, ranking, ?q=, the live count, and the
sharded index giving the results the single-file index gave (the old script kept below).
Opened from file://, where the index must load through <script src>, not fetch()."""
import json
import os
import pathlib
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

SITE = pathlib.Path(os.environ.get("SITE_DIR", pathlib.Path(__file__).resolve().parents[2] / "public"))


def url(relative):
    return (SITE / "search" / "index.html").resolve().as_uri() + relative




def settled(driver, query):
    """Waits until the results of `query` are shown (shards and rows load as scripts)."""
    WebDriverWait(driver, 10).until(
        lambda d: d.find_element(By.ID, "search-results").get_attribute("data-query") == query)


def results(driver, query):
    driver.get(url(""))
    box = WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "search-input"))
    box.send_keys(query)
    settled(driver, query)
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
    settled(driver, "guterres")
    assert driver.find_element(By.ID, "search-input").get_attribute("value") == "guterres"
    assert any("Guterres" in t for t in titles(driver.find_elements(By.CSS_SELECTOR, "#search-results li")))


def test_on_equal_scores_entities_come_before_briefings(driver):
    items = results(driver, "lavrov")
    kinds = [item.get_attribute("data-kind") for item in items]
    assert "entity" in kinds and "briefing" in kinds, kinds
    assert kinds.index("entity") < kinds.index("briefing"), kinds


def test_the_search_page_loads_only_the_shards_a_query_needs(driver):
    # Opened with ?q=, so no shorter prefix was typed first (one letter loads all its shards).
    driver.get(url("?q=lavrov"))
    settled(driver, "lavrov")
    sources = driver.execute_script(
        "return Array.from(document.scripts).map(function (s) { return s.getAttribute('src'); })")
    shards = [s for s in sources if "/terms/" in s]
    chunks = [s for s in sources if "/docs/" in s]
    assert shards == ["../search/terms/la.js"], sources
    assert chunks, sources
    total = len(list((SITE / "search" / "docs").glob("*.js")))
    assert len(chunks) <= total


# The single-file index's search, as search.js had it before the index was sharded: every
# entry's fields folded and matched as strings. The test rebuilds those entries from the shards
# (title and text from the rows, folded here as the old script did; the never-shown `extra`
# words from the postings) and checks that both give the same results, in the same order.
OLD_SEARCH = r"""
function oldSearch(entries, text) {
  var kindOrder = { entity: 0, briefing: 1, quote: 2 };
  function rank(kind) { return kindOrder.hasOwnProperty(kind) ? kindOrder[kind] : 9; }
  function fieldScore(field, word, whole, prefix) {
    if (field.indexOf(" " + word + " ") >= 0) return whole;
    if (field.indexOf(" " + word) >= 0) return prefix;
    return 0;
  }
  function score(entry, query, phrase) {
    var total = 0;
    for (var i = 0; i < query.length; i++) {
      var word = query[i];
      var best = Math.max(
        fieldScore(entry.foldedTitle, word, 30, 20),
        fieldScore(entry.foldedText, word, 6, 4),
        fieldScore(entry.foldedExtra, word, 3, 2));
      if (best === 0) return 0;
      total += best;
    }
    if (query.length > 1 && entry.foldedTitle.indexOf(" " + phrase) >= 0) total += 25;
    if (entry.foldedTitle === " " + phrase + " ") total += 40;
    return total;
  }
  var query = words(text);
  var phrase = query.join(" ");
  var hits = [];
  for (var i = 0; i < entries.length; i++) {
    var s = score(entries[i], query, phrase);
    if (s > 0) hits.push({ entry: entries[i], score: s });
  }
  hits.sort(function (a, b) {
    return b.score - a.score ||
      rank(a.entry.kind) - rank(b.entry.kind) ||
      a.entry.title.length - b.entry.title.length ||
      a.entry.title.localeCompare(b.entry.title);
  });
  return hits;
}
function fold(text) {
  return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ");
}
function words(text) { return fold(text).split(" ").filter(Boolean); }
"""

COMPARE = OLD_SEARCH + r"""
var queries = arguments[0], done = arguments[arguments.length - 1];
var index = window.BRIEF_SEARCH, terms = {}, rows = {};
var keepTerms = window.BRIEF_SEARCH_TERMS, keepDocs = window.BRIEF_SEARCH_DOCS;
window.BRIEF_SEARCH_TERMS = function (key, t) { terms[key] = t; keepTerms(key, t); };
window.BRIEF_SEARCH_DOCS = function (n, r) { rows[n] = r; keepDocs(n, r); };
var sources = index.shards.split(" ").map(function (key) {
  return "terms/" + encodeURIComponent(key).replace(/%/g, "_").toLowerCase() + ".js";
});
for (var n = 0; n * index.chunk < index.count; n++) sources.push("docs/" + n + ".js");
var left = sources.length;
sources.forEach(function (src) {
  var script = document.createElement("script");
  script.src = src;
  script.onload = function () { if (--left === 0) compare(); };
  document.head.appendChild(script);
});
var alphabet = "0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_";
function postings(text) {
  var at = 0, doc = -1, out = [];
  function next() {
    var value = 0, scale = 1, c;
    do { c = alphabet.indexOf(text[at++]); value += (c & 31) * scale; scale *= 32; } while (c >= 32);
    return value;
  }
  while (at < text.length) {
    var head = next(), p;
    doc += Math.floor(head / 8);
    if (head & 1) do { p = next(); } while (p & 1);
    out.push([doc, head % 8]);
  }
  return out;
}
function compare() {
  var kinds = index.kinds, entries = [], problems = [];
  for (var doc = 0; doc < index.count; doc++) {
    var row = rows[Math.floor(doc / index.chunk)][doc % index.chunk], kind = "";
    for (var k = 0; k < kinds.length; k += 2) if (doc >= kinds[k + 1]) kind = kinds[k];
    entries.push({ kind: kind, title: row[0], text: row[1], url: row[2], fields: [[], [], []] });
  }
  Object.keys(terms).forEach(function (key) {
    Object.keys(terms[key]).forEach(function (term) {
      postings(terms[key][term]).forEach(function (p) {
        for (var f = 0; f < 3; f++) if (p[1] & (1 << f)) entries[p[0]].fields[f].push(term);
      });
    });
  });
  entries.forEach(function (entry) {
    // The index's title and text terms are the words the browser folds from the rows.
    var title = Array.from(new Set(words(entry.title))).sort().join(" ");
    var text = Array.from(new Set(words(entry.text))).sort().join(" ");
    if (entry.fields[0].sort().join(" ") !== title) problems.push(["title terms", entry.title, entry.fields[0]]);
    if (entry.fields[1].sort().join(" ") !== text) problems.push(["text terms", entry.text, entry.fields[1]]);
    entry.foldedTitle = " " + fold(entry.title).trim() + " ";
    entry.foldedText = " " + fold(entry.text).trim() + " ";
    entry.foldedExtra = " " + entry.fields[2].join(" ") + " ";
  });
  var input = document.getElementById("search-input"), list = document.getElementById("search-results");
  var compared = 0;
  function one(i) {
    if (i === queries.length) { done({ problems: problems, compared: compared }); return; }
    var query = queries[i];
    input.value = query;
    input.dispatchEvent(new Event("input"));
    (function poll() {
      if (list.getAttribute("data-query") !== query) { setTimeout(poll, 5); return; }
      var shown = Array.from(list.querySelectorAll("li")).map(function (li) {
        var text = li.querySelector(".result-text");
        return [li.getAttribute("data-kind"), li.querySelector("a").textContent,
          li.querySelector("a").getAttribute("href"), text ? text.textContent : ""];
      });
      var hits = oldSearch(entries, query);
      var expected = hits.slice(0, 100).map(function (hit) {
        return [hit.entry.kind, hit.entry.title, list.getAttribute("data-root") + hit.entry.url, hit.entry.text];
      });
      var status = document.getElementById("search-status").textContent;
      var expectedStatus = !hits.length ? "No results." : hits.length === 1 ? "1 result." :
        hits.length + " results" + (hits.length > 100 ? ", showing the first 100" : "") + ".";
      if (JSON.stringify(shown) !== JSON.stringify(expected) || status !== expectedStatus) {
        problems.push([query, status, expectedStatus, shown.slice(0, 5), expected.slice(0, 5)]);
      }
      compared++;
      one(i + 1);
    })();
  }
  one(0);
}
"""


def sample_queries():
    """Letters, prefixes, words, phrases and whole titles of the sample site's own rows, and
    some spellings (case, accents, punctuation) the folding must treat alike."""
    rows = []
    for chunk in sorted((SITE / "search" / "docs").glob("*.js")):
        text = chunk.read_text(encoding="utf-8")
        rows += json.loads(text[text.index("["):text.rindex("]") + 1])
    queries = [chr(c) for c in range(ord("a"), ord("z") + 1)] + [
        "gdansk", "Gdańsk", "BELEM", "u.s.", "U.S. sanctions", "2025", "“root", "lavrov alaska", "alaska lavrov",
        "sergei", "sergei l", "nato summit", "said", "the", "in the", "zzzzqqqq", "é", "Ökonomie",
    ]
    seen = set()
    for title, text, _ in rows:
        found = re.findall(r"\w+", title)
        for word in found[:3]:
            for query in (word[:1], word[:2], word[:3], word, word.upper()):
                if query not in seen:
                    seen.add(query)
                    queries.append(query)
        if len(found) >= 2:
            queries += [" ".join(found[:2]), " ".join(found[:2])[:-1], " ".join(found[1:3])]
        queries.append(title)
        queries += re.findall(r"\w+", text)[:2]
    return list(dict.fromkeys(queries))


def test_results_equal_the_single_file_search_for_every_sample_query(driver):
    driver.get(url(""))
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "search-input"))
    driver.set_script_timeout(300)
    queries = sample_queries()
    outcome = driver.execute_async_script(COMPARE, queries)
    assert outcome["compared"] == len(queries)
    assert not outcome["problems"], outcome["problems"][:5]
