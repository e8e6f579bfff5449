/* brief search: results as you type over search/index.js (window.BRIEF_SEARCH), loaded with a
   <script src> so it also works offline and from file://. No libraries. */
(function () {
  "use strict";
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var form = document.getElementById("search-form");
  if (!input || !list || !status) return;

  var data = window.BRIEF_SEARCH || { fields: [], entries: [] };
  var root = list.getAttribute("data-root") || "";
  var labels = { briefing: "Briefing", entity: "Entity", quote: "Quote" };
  var kindOrder = { entity: 0, briefing: 1, quote: 2 };
  function rank(kind) { return kindOrder.hasOwnProperty(kind) ? kindOrder[kind] : 9; }
  var limit = 100;

  // Lowercase, accents stripped (é -> e), anything but letters and digits a space.
  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ");
  }
  function words(text) {
    return fold(text).split(" ").filter(Boolean);
  }

  // Each field folded once, padded with spaces so " word" finds word starts.
  var column = {};
  (data.fields || []).forEach(function (name, index) { column[name] = index; });
  var entries = (data.entries || []).map(function (row) {
    var get = function (name) { return row[column[name]] || ""; };
    return {
      kind: get("kind"), title: get("title"), text: get("text"), url: get("url"),
      foldedTitle: " " + fold(get("title")).trim() + " ",
      foldedText: " " + fold(get("text")).trim() + " ",
      foldedExtra: " " + fold(get("extra")).trim() + " "
    };
  });

  // A word scores by where it starts a word: title (whole word best), then text, then extra.
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
      if (best === 0) return 0; // every query word must match
      total += best;
    }
    if (query.length > 1 && entry.foldedTitle.indexOf(" " + phrase) >= 0) total += 25;
    if (entry.foldedTitle === " " + phrase + " ") total += 40;
    return total;
  }

  function search(text) {
    var query = words(text);
    if (!query.length) return null;
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

  function render(hits) {
    list.textContent = "";
    if (hits === null) {
      status.textContent = "Type to search " + entries.length + " briefings, entities and quotes.";
      return;
    }
    if (!hits.length) {
      status.textContent = "No results.";
      return;
    }
    status.textContent = hits.length === 1 ? "1 result." :
      hits.length + " results" + (hits.length > limit ? ", showing the first " + limit : "") + ".";
    var fragment = document.createDocumentFragment();
    hits.slice(0, limit).forEach(function (hit) {
      var entry = hit.entry;
      var item = document.createElement("li");
      item.className = "search-result";
      item.setAttribute("data-kind", entry.kind);
      var kind = document.createElement("span");
      kind.className = "result-kind";
      kind.textContent = labels[entry.kind] || entry.kind;
      var link = document.createElement("a");
      link.href = root + entry.url;
      link.textContent = entry.title;
      if (entry.kind === "quote") link.className = "result-quote";
      var title = document.createElement("p");
      title.className = "result-title";
      title.appendChild(kind);
      title.appendChild(document.createTextNode(" "));
      title.appendChild(link);
      item.appendChild(title);
      if (entry.text) {
        var text = document.createElement("p");
        text.className = "result-text";
        text.textContent = entry.text;
        item.appendChild(text);
      }
      fragment.appendChild(item);
    });
    list.appendChild(fragment);
  }

  function update() {
    render(search(input.value));
    // Keep ?q= in the address so a search can be shared; file:// may refuse, which is fine.
    try {
      var url = new URL(window.location.href);
      if (input.value) url.searchParams.set("q", input.value); else url.searchParams.delete("q");
      window.history.replaceState(null, "", url.href);
    } catch (error) { /* ignored */ }
  }

  input.addEventListener("input", update);
  if (form) form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) input.value = initial;
  render(search(input.value));
})();
