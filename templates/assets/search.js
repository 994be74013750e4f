// SiteGen's archive search. The box ships hidden, so a reader without JavaScript never sees a dead control;
// this script reveals it. Nothing is fetched until the reader focuses the box: then search/index.json lists
// one shard per report and every shard loads in parallel. A unit (paragraph, heading, table, figure, note)
// matches when its text contains every space-separated term of the query, after the same normalisation on
// both sides (NFKC, lower case, runs of white space as one space). Chinese needs no segmentation this way;
// a Latin word or number must start at a word boundary so "art" does not find "start".
(function () {
  "use strict";
  var script = document.currentScript;
  var box = document.querySelector("search.site-search");
  if (!box || !script || !window.fetch || !String.prototype.normalize) {
    return;
  }
  var root = new URL("../", script.src);
  var input = box.querySelector("input");
  var status = box.querySelector(".search-status");
  var list = box.querySelector(".search-results");
  var maxShown = 100;
  var snippetRadius = 36;
  var shards = null;
  var timer = 0;

  box.hidden = false;

  function say(template, a, b) {
    return template.replace("{0}", String(a)).replace("{1}", String(b));
  }

  function load() {
    if (shards) {
      return shards;
    }
    var indexUrl = new URL("search/index.json", root);
    shards = fetch(indexUrl).then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    }).then(function (manifest) {
      return Promise.all(manifest.shards.map(function (entry) {
        var url = new URL(entry.href, indexUrl);
        return fetch(url).then(function (response) {
          if (!response.ok) {
            throw new Error(response.status);
          }
          return response.json();
        }).then(function (shard) {
          return prepare(shard);
        });
      }));
    });
    shards.catch(function () {
      shards = null;
      status.textContent = box.dataset.failed;
    });
    return shards;
  }

  // Normalises text and keeps, for every position of the result, the position it came from, so a snippet
  // marks the reader's own characters even when NFKC changed their number.
  function fold(text) {
    var whole = text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ");
    if (whole.length === text.length && !/\s\s/.test(text)) {
      return { text: whole, map: null };
    }
    var out = "";
    var map = [];
    var lastSpace = false;
    for (var i = 0; i < text.length;) {
      var code = text.codePointAt(i);
      var ch = String.fromCodePoint(code);
      var folded = ch.normalize("NFKC").toLowerCase();
      if (/^\s+$/.test(folded)) {
        folded = lastSpace ? "" : " ";
      }
      lastSpace = folded === " ";
      for (var k = 0; k < folded.length; k++) {
        map.push(i);
      }
      out += folded;
      i += ch.length;
    }
    map.push(text.length);
    return { text: out, map: map };
  }

  function prepare(shard) {
    var page = new URL(shard.page, root);
    shard.units = shard.units.map(function (unit) {
      var folded = fold(unit[2]);
      return { id: unit[0], section: unit[1], text: unit[2], folded: folded.text, map: folded.map, page: page };
    });
    return shard;
  }

  function terms(query) {
    var folded = fold(query).text.trim();
    return folded === "" ? [] : folded.split(" ");
  }

  var wordChar = /[0-9a-z\u00c0-\u024f]/;

  // Every start of term in text, honouring the word-start rule for Latin letters and digits.
  function find(text, term, from) {
    var needsStart = wordChar.test(term.charAt(0));
    var at = text.indexOf(term, from);
    while (at >= 0 && needsStart && at > 0 && wordChar.test(text.charAt(at - 1))) {
      at = text.indexOf(term, at + 1);
    }
    return at;
  }

  function matches(unit, query) {
    for (var i = 0; i < query.length; i++) {
      if (find(unit.folded, query[i], 0) < 0) {
        return false;
      }
    }
    return true;
  }

  function original(unit, at) {
    return unit.map ? unit.map[at] : at;
  }

  // The stretch of text around the first hit, every hit in it marked with <mark>; built with DOM nodes so no
  // report text is ever parsed as markup.
  function snippet(unit, query) {
    var first = find(unit.folded, query[0], 0);
    var start = Math.max(0, first - snippetRadius);
    var end = Math.min(unit.folded.length, first + query[0].length + snippetRadius * 2);
    var ranges = [];
    query.forEach(function (term) {
      for (var at = find(unit.folded, term, start); at >= 0 && at < end; at = find(unit.folded, term, at + term.length)) {
        ranges.push([at, Math.min(end, at + term.length)]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var p = document.createElement("p");
    p.className = "snippet";
    var cursor = start;
    var text = unit.text;
    if (start > 0) {
      p.appendChild(document.createTextNode("…"));
    }
    ranges.forEach(function (range) {
      if (range[0] < cursor) {
        range[0] = cursor;
      }
      if (range[1] <= range[0]) {
        return;
      }
      p.appendChild(document.createTextNode(text.slice(original(unit, cursor), original(unit, range[0]))));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(original(unit, range[0]), original(unit, range[1]));
      p.appendChild(mark);
      cursor = range[1];
    });
    p.appendChild(document.createTextNode(text.slice(original(unit, cursor), original(unit, end))));
    if (end < unit.folded.length) {
      p.appendChild(document.createTextNode("…"));
    }
    return p;
  }

  function result(shard, unit, query) {
    var item = document.createElement("li");
    item.lang = shard.lang;
    var link = document.createElement("a");
    link.href = new URL("#" + encodeURIComponent(unit.id), unit.page).href;
    var where = document.createElement("span");
    where.className = "result-where";
    where.textContent = shard.year_text + " · " + shard.title;
    link.appendChild(where);
    if (unit.section > 0) {
      var section = document.createElement("span");
      section.className = "result-section";
      section.textContent = shard.sections[unit.section];
      link.appendChild(section);
    }
    item.appendChild(link);
    item.appendChild(snippet(unit, query));
    return item;
  }

  function run() {
    var query = terms(input.value);
    if (query.length === 0) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    var asked = input.value;
    if (!shards) {
      status.textContent = box.dataset.loading;
    }
    load().then(function (all) {
      if (input.value !== asked) {
        return;
      }
      var items = [];
      var count = 0;
      all.forEach(function (shard) {
        shard.units.forEach(function (unit) {
          if (matches(unit, query)) {
            count++;
            if (items.length < maxShown) {
              items.push(result(shard, unit, query));
            }
          }
        });
      });
      list.replaceChildren.apply(list, items);
      status.textContent = count === 0 ? box.dataset.none
        : count > maxShown ? say(box.dataset.shown, count, maxShown)
        : say(box.dataset.found, count);
    }, function () {});
  }

  input.addEventListener("focus", load, { once: true });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      clearTimeout(timer);
      run();
    }
  });
})();
