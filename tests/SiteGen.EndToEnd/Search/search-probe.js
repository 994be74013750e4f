// Run in the browser by SearchProbe. Three answers for one query, as sets of "path#id":
//   truth(pages, query)  every paragraph-level unit of the given report pages whose text holds the query
//                        (each space-separated term; a Latin or digit term must start a word), read from the
//                        published HTML with DOMParser, independent of SiteGen's index;
//   sitegen(query)       what the page's search box lists;
//   pagefind(base, q)    Pagefind's matches mapped to the unit (element with an id) each matched word falls in.
window.__searchProbe = (function () {
  "use strict";
  var unitSelector = "p[id], h2[id], h3[id], h4[id], h5[id], h6[id], table[id], figure[id], .footnotes li[id]";

  function fold(text) {
    return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ");
  }

  function holds(text, query) {
    return fold(query).trim().split(" ").every(function (term) {
      if (/^[0-9a-z\u00c0-\u024f]/.test(term)) {
        var escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        return new RegExp("(^|[^0-9a-z\u00c0-\u024f])" + escaped).test(text);
      }
      return text.indexOf(term) >= 0;
    });
  }

  function key(url) {
    var u = new URL(url, location.href);
    return u.pathname.replace(/index\.html$/, "") + "#" + decodeURIComponent(u.hash.slice(1));
  }

  async function units(page) {
    var response = await fetch(page);
    var doc = new DOMParser().parseFromString(await response.text(), "text/html");
    var main = doc.querySelector("main");
    return Array.from(main.querySelectorAll(unitSelector))
      .filter(function (e) { return !e.parentElement.closest(unitSelector); })
      .map(function (e) {
        var clone = e.cloneNode(true);
        clone.querySelectorAll(".permalink, .cite, .backref").forEach(function (x) { x.remove(); });
        return { key: key(new URL(page, location.href).pathname + "#" + e.id), text: fold(clone.textContent) };
      });
  }

  async function truth(pages, query) {
    var found = [];
    for (var i = 0; i < pages.length; i++) {
      (await units(pages[i])).forEach(function (u) {
        if (holds(u.text, query)) {
          found.push(u.key);
        }
      });
    }
    return found;
  }

  async function sitegen(query) {
    var box = document.querySelector("search.site-search");
    var input = box.querySelector("input");
    var status = box.querySelector(".search-status");
    status.textContent = "";
    input.focus();
    input.value = query;
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    var started = Date.now();
    while (status.textContent === "" || status.textContent === box.dataset.loading) {
      if (Date.now() - started > 30000) {
        throw new Error("no answer from the search box for " + query);
      }
      await new Promise(function (r) { setTimeout(r, 20); });
    }
    return Array.from(box.querySelectorAll(".search-results li")).map(function (li) {
      return {
        key: key(li.querySelector("a").href),
        href: li.querySelector("a").href,
        label: li.querySelector("a").textContent,
        lang: li.lang,
        marks: Array.from(li.querySelectorAll(".snippet mark")).map(function (m) { return m.textContent; }),
        snippet: li.querySelector(".snippet").textContent,
        status: status.textContent,
      };
    });
  }

  async function pagefind(base, query) {
    var pf = await import(base + "pagefind/pagefind.js");
    await pf.options({ basePath: base + "pagefind/" });
    var search = await pf.search(query);
    var found = [];
    for (var i = 0; i < search.results.length; i++) {
      var data = await search.results[i].data();
      var anchors = (data.anchors || []).slice().sort(function (a, b) { return a.location - b.location; });
      var seen = {};
      data.locations.forEach(function (loc) {
        var at = null;
        anchors.forEach(function (a) { if (a.location <= loc) { at = a; } });
        if (at && !seen[at.id]) {
          seen[at.id] = true;
          found.push(key(new URL(data.url, location.href).pathname + "#" + at.id));
        }
      });
    }
    return found;
  }

  return { truth: truth, sitegen: sitegen, pagefind: pagefind };
})();
