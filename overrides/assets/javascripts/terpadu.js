/* terpadu: turn Material's header buttons (menu, search) into real <button>s for keyboard
   and screen reader users. Material draws them as <label>s for hidden checkboxes, which
   Tab never reaches and which may not carry a button role. Without JavaScript the labels
   stay and still work by touch and mouse. See docs/adr/0801. */
(function () {
  "use strict";
  var names = { __drawer: "Menu navigasi", __search: "Cari" };
  var labels = document.querySelectorAll("label.md-header__button[for]");
  Array.prototype.forEach.call(labels, function (label) {
    var toggle = document.getElementById(label.htmlFor);
    if (!toggle || toggle.type !== "checkbox") return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = label.className;
    button.setAttribute("for", label.htmlFor);  // Material's CSS shows and hides by [for=...]
    button.setAttribute("aria-label", names[label.htmlFor] || label.title || "Buka");
    if (label.title) button.title = label.title;
    button.innerHTML = label.innerHTML;
    var sync = function () { button.setAttribute("aria-expanded", toggle.checked ? "true" : "false"); };
    button.addEventListener("click", function () { toggle.click(); });
    toggle.addEventListener("change", sync);
    sync();
    label.parentNode.replaceChild(button, label);
  });
})();
