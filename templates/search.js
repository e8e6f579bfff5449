/* brief search: results as you type over the sharded index. search/index.js (the manifest,
   window.BRIEF_SEARCH) comes with the page; the term shards (search/terms/KEY.js) a query needs
   and the result rows (search/docs/N.js) of the results shown are added as <script src>, each
   calling a global function, so it also works offline and from file://. No libraries. */
(function () {
  "use strict";
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var form = document.getElementById("search-form");
  if (!input || !list || !status) return;

  var index = window.BRIEF_SEARCH || {};
  var count = index.count || 0;
  var kinds = index.kinds || [];
  var lengths = index.lengths || [];
  var chunkSize = index.chunk || 1;
  var root = list.getAttribute("data-root") || "";
  var labels = { briefing: "Briefing", entity: "Entity", quote: "Quote" };
  var limit = 100;

  // Lowercase, accents stripped (é -> e), anything but letters and digits a space: the index's
  // terms were folded the same way when the site was built.
  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ");
  }
  function words(text) {
    return fold(text).split(" ").filter(Boolean);
  }

  // Shards by key, and the keys by first character (a one-letter word needs all of them).
  var shardKeys = {};
  var keysByFirst = {};
  (index.shards ? index.shards.split(" ") : []).forEach(function (key) {
    shardKeys[key] = true;
    var first = Array.from(key)[0];
    (keysByFirst[first] = keysByFirst[first] || []).push(key);
  });
  var shards = {};
  var chunks = {};
  window.BRIEF_SEARCH_TERMS = function (key, terms) { shards[key] = terms; };
  window.BRIEF_SEARCH_DOCS = function (number, rows) { chunks[number] = rows; };

  // Each script is added once; callbacks wait for it (a missing one counts as loaded, empty).
  var scripts = {};
  function load(src, done) {
    var waiting = scripts[src];
    if (waiting === true) { done(); return; }
    if (waiting) { waiting.push(done); return; }
    scripts[src] = [done];
    var script = document.createElement("script");
    script.src = src;
    script.onload = script.onerror = function () {
      var callbacks = scripts[src];
      scripts[src] = true;
      callbacks.forEach(function (callback) { callback(); });
    };
    document.head.appendChild(script);
  }
  function loadAll(sources, done) {
    var left = sources.length;
    if (!left) { done(); return; }
    sources.forEach(function (src) { load(src, function () { if (--left === 0) done(); }); });
  }
  function shardSource(key) {
    return root + "search/terms/" + encodeURIComponent(key).replace(/%/g, "_").toLowerCase() + ".js";
  }
  function keysFor(word) {
    var chars = Array.from(word);
    if (chars.length === 1) return keysByFirst[word] || [];
    var key = chars[0] + chars[1];
    return shardKeys[key] ? [key] : [];
  }

  // Documents are numbered entities, briefings, quotes, shorter titles first; the manifest
  // lists where each kind and each run of equal title lengths starts.
  function kindOf(doc) {
    var kind = "";
    for (var i = 0; i < kinds.length; i += 2) if (doc >= kinds[i + 1]) kind = kinds[i];
    return kind;
  }
  function runOf(doc) {
    var low = 0, high = lengths.length / 2 - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (lengths[middle * 2] <= doc) low = middle; else high = middle - 1;
    }
    return low;
  }

  // Posting lists: numbers of 5 bits a character, low bits first, more to come from 32 up.
  var alphabet = "0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_";
  var digit = [];
  for (var a = 0; a < alphabet.length; a++) digit[alphabet.charCodeAt(a)] = a;
  // Calls visit(doc, fields, positions) per posting: fields 1 title, 2 text, 4 extra; positions
  // (title only) as position * 2 + 1 when it is the title's last word.
  function decode(postings, visit) {
    var at = 0, doc = -1;
    function next() {
      var value = 0, scale = 1, c;
      do {
        c = digit[postings.charCodeAt(at++)];
        value += (c & 31) * scale;
        scale *= 32;
      } while (c >= 32);
      return value;
    }
    while (at < postings.length) {
      var head = next();
      doc += Math.floor(head / 8);
      var fields = head % 8, positions = null;
      if (fields & 1) {
        positions = [];
        var p;
        do {
          p = next();
          positions.push(Math.floor(p / 4) * 2 + ((p & 2) ? 1 : 0));
        } while (p & 1);
      }
      visit(doc, fields, positions);
    }
  }

  // A word scores by where it starts a word: title (whole word best), then text, then extra.
  // Per document: the best score, and the title positions of the word whole and as a prefix.
  function match(word) {
    var found = { score: new Map(), whole: new Map(), prefix: new Map() };
    keysFor(word).forEach(function (key) {
      var terms = shards[key] || {};
      Object.keys(terms).forEach(function (term) {
        if (term.lastIndexOf(word, 0) !== 0) return;
        var whole = term === word;
        decode(terms[term], function (doc, fields, positions) {
          var value = fields & 1 ? (whole ? 30 : 20) : fields & 2 ? (whole ? 6 : 4) : (whole ? 3 : 2);
          if (!(found.score.get(doc) >= value)) found.score.set(doc, value);
          if (!positions) return;
          found.prefix.set(doc, (found.prefix.get(doc) || []).concat(positions));
          if (whole) found.whole.set(doc, positions);
        });
      });
    });
    return found;
  }
  function has(positions, position, last) {
    if (!positions) return false;
    for (var i = 0; i < positions.length; i++) {
      if ((positions[i] >> 1) === position && (!last || positions[i] & 1)) return true;
    }
    return false;
  }
  // The query as a phrase in the title (its last word as a prefix), and the whole title.
  function phraseBonus(doc, found) {
    var n = found.length, bonus = 0;
    if (n > 1) {
      var starts = found[0].whole.get(doc) || [];
      for (var s = 0; s < starts.length && !bonus; s++) {
        var start = starts[s] >> 1, ok = true;
        for (var i = 1; i < n && ok; i++) ok = has((i < n - 1 ? found[i].whole : found[i].prefix).get(doc), start + i, false);
        if (ok) bonus = 25;
      }
    }
    var exact = true;
    for (var w = 0; w < n && exact; w++) exact = has(found[w].whole.get(doc), w, w === n - 1);
    return exact ? bonus + 40 : bonus;
  }

  function search(query) {
    var found = query.map(match);
    var smallest = found.reduce(function (a, b) { return b.score.size < a.score.size ? b : a; });
    var hits = [];
    smallest.score.forEach(function (unused, doc) {
      var total = 0;
      for (var i = 0; i < found.length; i++) {
        var best = found[i].score.get(doc);
        if (!best) return; // every query word must match
        total += best;
      }
      hits.push({ doc: doc, score: total + phraseBonus(doc, found) });
    });
    // Ties: entities, briefings, quotes, then shorter titles: the order of document numbers.
    hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return hits;
  }

  // The hits shown, with rows: the first `limit`, and the rest of the last one's tie (same
  // score, kind and title length), whose titles decide with localeCompare which come first.
  function shown(hits, done) {
    var end = Math.min(hits.length, limit);
    if (end < hits.length) {
      var last = hits[end - 1];
      while (end < hits.length && hits[end].score === last.score && runOf(hits[end].doc) === runOf(last.doc)) end++;
    }
    var needed = {}, sources = [];
    for (var i = 0; i < end; i++) {
      var chunk = Math.floor(hits[i].doc / chunkSize);
      if (!needed[chunk] && !chunks[chunk]) sources.push(root + "search/docs/" + chunk + ".js");
      needed[chunk] = true;
    }
    loadAll(sources, function () {
      var top = hits.slice(0, end).map(function (hit) {
        var row = (chunks[Math.floor(hit.doc / chunkSize)] || [])[hit.doc % chunkSize] || ["", "", ""];
        return { doc: hit.doc, score: hit.score, run: runOf(hit.doc), kind: kindOf(hit.doc), title: row[0], text: row[1], url: row[2] };
      });
      top.sort(function (a, b) {
        return b.score - a.score || a.run - b.run || a.title.localeCompare(b.title) || a.doc - b.doc;
      });
      done(top.slice(0, limit));
    });
  }

  function render(total, entries) {
    list.textContent = "";
    if (total === null) {
      status.textContent = "Type to search " + count + " briefings, entities and quotes.";
      return;
    }
    if (!total) {
      status.textContent = "No results.";
      return;
    }
    status.textContent = total === 1 ? "1 result." :
      total + " results" + (total > limit ? ", showing the first " + limit : "") + ".";
    var fragment = document.createDocumentFragment();
    entries.forEach(function (entry) {
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

  // Only the latest query is shown: an older one whose scripts arrive later is dropped.
  var latest = 0;
  function run(text) {
    var ticket = ++latest;
    var query = words(text);
    function finish(total, entries) {
      if (ticket !== latest) return;
      render(total, entries);
      list.setAttribute("data-query", text);
      list.removeAttribute("aria-busy");
    }
    if (!query.length) { finish(null, []); return; }
    list.setAttribute("aria-busy", "true");
    var sources = [];
    query.forEach(function (word) {
      keysFor(word).forEach(function (key) { if (!shards[key]) sources.push(shardSource(key)); });
    });
    loadAll(sources, function () {
      if (ticket !== latest) return;
      var hits = search(query);
      shown(hits, function (entries) { finish(hits.length, entries); });
    });
  }

  function update() {
    run(input.value);
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
  run(input.value);
})();
