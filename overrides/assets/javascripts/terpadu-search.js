/* terpadu search: the header box (results as you type) and the /cari/ results page, both
 * on Pagefind (docs/adr/0500). Pagefind's script, WebAssembly and index chunks are loaded
 * only when someone starts to search, so a page read without searching pays for this file
 * alone. Without JavaScript the header form still submits to /cari/. */
(function () {
  "use strict";

  var HEADER_RESULTS = 8;
  var PAGE_RESULTS = 10;
  var SHORTCUT_KEYS = ["/", "s", "f"]; // Material's keys for its own search
  var dateFormat = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric" });

  function siteBase() {
    var base = ".";
    var config = document.getElementById("__config");
    if (config) {
      try { base = JSON.parse(config.textContent).base || "."; } catch (e) { /* keep "." */ }
    }
    return new URL(base.replace(/\/?$/, "/"), location.href);
  }

  /* Ranking options come from the build (terpadu/search/attributes.py: META_WEIGHTS). */
  function ranking() {
    var box = document.querySelector("[data-tp-ranking]");
    try { return JSON.parse(box.getAttribute("data-tp-ranking")); } catch (e) { return {}; }
  }

  var pagefind = null;
  function loadPagefind() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind/pagefind.js", siteBase()).href).then(function (pf) {
        // noWorker: Pagefind would fetch a 41 KB worker script (one more round trip on a
        // slow phone) to run searches that take milliseconds; init() starts fetching the
        // index metadata and WebAssembly while the citizen is still typing.
        return pf.options({ excerptLength: 24, noWorker: true, ranking: ranking() })
          .then(function () { pf.init(); return pf; });
      });
      pagefind.catch(function () { pagefind = null; });
    }
    return pagefind;
  }

  /* Pagefind's excerpt is HTML with <mark> around hits: keep the text and the marks only. */
  function excerptNodes(html) {
    var template = document.createElement("template");
    template.innerHTML = html || "";
    var out = document.createDocumentFragment();
    template.content.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.appendChild(mark);
      } else {
        out.appendChild(document.createTextNode(node.textContent));
      }
    });
    return out;
  }

  function metaLine(meta) {
    var parts = [meta.type, meta.unit];
    if (meta.date) {
      var day = new Date(meta.date + "T00:00:00");
      parts.push(isNaN(day) ? meta.date : dateFormat.format(day));
    }
    return parts.filter(Boolean).join(" · ");
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /* ---------------------------------------------------------------- header box */

  function setupHeader() {
    var box = document.querySelector("[data-tp-search]");
    var toggle = document.getElementById("__search");
    if (!box || !toggle) return;
    var input = box.querySelector("[data-tp-search-input]");
    var form = box.querySelector("[data-tp-search-form]");
    var meta = box.querySelector("[data-tp-search-meta]");
    var list = box.querySelector("[data-tp-search-list]");
    var latest = 0;

    function open() {
      toggle.checked = true;
      loadPagefind();
      input.focus();
    }
    function close() {
      toggle.checked = false;
      input.blur();
    }

    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (!toggle.checked && !typing && !event.ctrlKey && !event.metaKey && !event.altKey &&
          SHORTCUT_KEYS.indexOf(event.key) >= 0) {
        event.preventDefault();
        open();
      } else if (toggle.checked && event.key === "Escape") {
        event.preventDefault();
        close();
      } else if (toggle.checked && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
        var links = Array.prototype.slice.call(box.querySelectorAll(".md-search-result__link, .md-search-result__more-link"));
        if (!links.length) return;
        event.preventDefault();
        var at = links.indexOf(document.activeElement);
        var next = event.key === "ArrowDown" ? at + 1 : (at < 0 ? links.length - 1 : at - 1);
        if (next < 0) input.focus(); else links[Math.min(next, links.length - 1)].focus();
      }
    });
    input.addEventListener("focus", function () { toggle.checked = true; loadPagefind(); });
    toggle.addEventListener("change", function () { if (toggle.checked) { loadPagefind(); input.focus(); } });
    form.addEventListener("reset", function () { list.textContent = ""; meta.textContent = "Ketik untuk mencari"; });
    input.addEventListener("input", function () {
      var query = input.value.trim();
      var ticket = ++latest;
      if (!query) { list.textContent = ""; meta.textContent = "Ketik untuk mencari"; return; }
      loadPagefind().then(function (pf) {
        return pf.debouncedSearch(query, {}, 150);
      }).then(function (search) {
        if (search === null || ticket !== latest) return null; // a newer keystroke won
        return Promise.all(search.results.slice(0, HEADER_RESULTS).map(function (r) { return r.data(); }))
          .then(function (pages) { if (ticket === latest) renderHeader(query, search.results.length, pages); });
      }).catch(function () {
        meta.textContent = "Pencarian tidak tersedia saat ini. Tekan Enter untuk membuka halaman Cari.";
      });
    });

    function renderHeader(query, total, pages) {
      list.textContent = "";
      meta.textContent = total === 0 ? "Tidak ada hasil untuk \u201c" + query + "\u201d" : total + " hasil";
      pages.forEach(function (page) {
        var item = element("li", "md-search-result__item");
        var link = element("a", "md-search-result__link");
        link.href = page.url;
        var article = element("article", "md-search-result__article md-typeset md-search-result__article--document");
        article.appendChild(element("h1", null, page.meta.title || page.url));
        article.appendChild(element("p", "tp-search-result__meta", metaLine(page.meta)));
        var excerpt = element("p");
        excerpt.appendChild(excerptNodes(page.excerpt));
        article.appendChild(excerpt);
        link.appendChild(article);
        item.appendChild(link);
        list.appendChild(item);
      });
      var more = element("li", "md-search-result__item");
      var all = element("a", "md-search-result__more-link", total > pages.length
        ? "Lihat semua " + total + " hasil dan saring" : "Buka halaman Cari untuk menyaring");
      all.href = new URL("cari/?q=" + encodeURIComponent(query), siteBase()).href;
      more.appendChild(all);
      if (total > 0) list.appendChild(more);
    }
  }

  /* ------------------------------------------------------------- /cari/ page */

  var PARAMS = ["q", "unit", "type", "year", "sort"];
  var SORTS = { baru: { date: "desc" }, lama: { date: "asc" } };

  function setupResultsPage() {
    var form = document.getElementById("tp-search-page");
    if (!form) return;
    var status = document.getElementById("tp-search-status");
    var list = document.getElementById("tp-search-results");
    var moreWrap = document.getElementById("tp-search-more-wrap");
    var more = document.getElementById("tp-search-more");
    var current = { results: [], shown: 0, ticket: 0 };
    var typingTimer = null;

    function stateFromUrl() {
      var params = new URLSearchParams(location.search);
      PARAMS.forEach(function (name) {
        var field = form.elements[name];
        if (field) field.value = params.get(name) || "";
        if (field && field.tagName === "SELECT" && field.value !== (params.get(name) || "")) field.value = "";
      });
    }
    function urlFromForm() {
      var params = new URLSearchParams();
      PARAMS.forEach(function (name) {
        var value = (form.elements[name].value || "").trim();
        if (value) params.set(name, value);
      });
      var text = params.toString().replace(/%20/g, "+");
      return location.pathname + (text ? "?" + text : "");
    }
    function update(push) {
      var url = urlFromForm();
      if (url !== location.pathname + location.search) {
        history[push ? "pushState" : "replaceState"](null, "", url);
      }
      run();
    }

    function run() {
      var query = form.elements.q.value.trim();
      var filters = {};
      ["unit", "type", "year"].forEach(function (name) {
        if (form.elements[name].value) filters[name] = form.elements[name].value;
      });
      var sort = SORTS[form.elements.sort.value];
      var ticket = ++current.ticket;
      if (!query && !Object.keys(filters).length) {
        list.textContent = "";
        moreWrap.hidden = true;
        status.textContent = "Ketik kata kunci, misalnya \u201cizin bangunan\u201d, \u201cSBU\u201d, atau \u201ctarif tol\u201d.";
        return;
      }
      status.textContent = "Mencari\u2026";
      loadPagefind().then(function (pf) {
        var options = { filters: filters };
        if (sort) options.sort = sort;
        return pf.search(query || null, options);
      }).then(function (search) {
        if (ticket !== current.ticket) return;
        current.results = search.results;
        current.shown = 0;
        list.textContent = "";
        var n = search.results.length;
        return showMore(ticket).then(function () {
          if (ticket !== current.ticket) return;
          // Announced once the first results are on the page (role=status, aria-live).
          status.textContent = n === 0
            ? "Tidak ada hasil" + (query ? " untuk \u201c" + query + "\u201d" : "") + ". Coba kata lain atau kurangi saringan."
            : n + " hasil" + (query ? " untuk \u201c" + query + "\u201d" : "");
        });
      }).catch(function () {
        status.textContent = "Pencarian tidak tersedia saat ini. Gunakan tautan di bawah.";
      });
    }

    function showMore(ticket) {
      var batch = current.results.slice(current.shown, current.shown + PAGE_RESULTS);
      current.shown += batch.length;
      return Promise.all(batch.map(function (r) { return r.data(); })).then(function (pages) {
        if (ticket !== current.ticket) return;
        pages.forEach(function (page) {
          var item = element("li", "tp-search-results__item");
          var heading = element("h2");
          var link = element("a", null, page.meta.title || page.url);
          link.href = page.url;
          heading.appendChild(link);
          item.appendChild(heading);
          item.appendChild(element("p", "tp-search-result__meta", metaLine(page.meta)));
          var excerpt = element("p");
          excerpt.appendChild(excerptNodes(page.excerpt));
          item.appendChild(excerpt);
          list.appendChild(item);
        });
        moreWrap.hidden = current.shown >= current.results.length;
      });
    }

    form.addEventListener("submit", function (event) { event.preventDefault(); update(true); });
    form.addEventListener("change", function (event) { if (event.target.name !== "q") update(true); });
    form.elements.q.addEventListener("input", function () {
      clearTimeout(typingTimer);
      typingTimer = setTimeout(function () { update(false); }, 250);
    });
    more.addEventListener("click", function () { showMore(current.ticket); });
    window.addEventListener("popstate", function () { stateFromUrl(); run(); });
    stateFromUrl();
    run();
  }

  setupHeader();
  setupResultsPage();
})();
