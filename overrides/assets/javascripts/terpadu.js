/* terpadu: make Material's header buttons (menu, search) real buttons for keyboard and
   screen reader users. Material draws them as <label>s for hidden checkboxes, which Tab
   never reaches. Without JavaScript the labels still work by touch and mouse.
   Enter is handled by Material (it clicks a focused label); Space is added here. */
(function () {
  "use strict";
  var names = { __drawer: "Menu navigasi", __search: "Cari" };
  var buttons = document.querySelectorAll("label.md-header__button[for]");
  Array.prototype.forEach.call(buttons, function (button) {
    var toggle = document.getElementById(button.htmlFor);
    if (!toggle || toggle.type !== "checkbox") return;
    var sync = function () { button.setAttribute("aria-expanded", toggle.checked ? "true" : "false"); };
    button.setAttribute("role", "button");
    button.setAttribute("tabindex", "0");
    if (!button.getAttribute("aria-label")) {
      button.setAttribute("aria-label", names[button.htmlFor] || button.title || "Buka");
    }
    button.addEventListener("keydown", function (event) {
      if (event.key === " ") {
        event.preventDefault();
        toggle.click();
      }
    });
    toggle.addEventListener("change", sync);
    sync();
  });
})();
