/* terpadu: facet filter for /layanan/. Without it the page is complete: grouped lists.
   With it, the form appears and hides the services (and empty groups) that do not match. */
(function () {
  "use strict";
  var form = document.getElementById("tp-facets");
  if (!form) return;
  var items = Array.prototype.slice.call(document.querySelectorAll(".tp-catalogue li[data-service]"));
  var count = form.querySelector(".tp-facets__count");
  var facets = ["unit", "sector", "audience", "category", "channel"];

  function matches(li, wanted, words) {
    for (var i = 0; i < facets.length; i++) {
      var value = wanted[facets[i]];
      if (value && (" " + li.getAttribute("data-" + facets[i]) + " ").indexOf(" " + value + " ") < 0) return false;
    }
    // Every typed word must begin a word of the name, description or hidden terms
    // ("imb" finds PBG through its old name IMB, but not "limbah" or "SIMBG").
    var own = li._tpWords || (li._tpWords = wordsOf(li.getAttribute("data-terms") + " " + li.textContent));
    for (var j = 0; j < words.length; j++) {
      if (!own.some(function (w) { return w.lastIndexOf(words[j], 0) === 0; })) return false;
    }
    return true;
  }

  function wordsOf(text) {
    return text.toLowerCase().split(/[^0-9a-z\u00c0-\u024f]+/).filter(Boolean);
  }

  function apply() {
    var wanted = {};
    facets.forEach(function (f) { wanted[f] = form.elements[f].value; });
    var words = wordsOf(form.elements.kata.value);
    var shown = {};
    items.forEach(function (li) {
      var ok = matches(li, wanted, words);
      li.hidden = !ok;
      if (ok) shown[li.getAttribute("data-service")] = true;
    });
    // A group (heading + list) disappears when none of its services is left.
    document.querySelectorAll(".tp-catalogue ul").forEach(function (ul) {
      var empty = !ul.querySelector("li[data-service]:not([hidden])");
      ul.hidden = empty;
      var heading = ul.previousElementSibling;
      if (heading && heading.tagName === "H3") heading.hidden = empty;
    });
    count.textContent = Object.keys(shown).length + " layanan cocok";
  }

  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
})();
