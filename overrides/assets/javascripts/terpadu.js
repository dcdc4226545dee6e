/* terpadu: make Material's menu button a real button for keyboard and screen reader users.
   Material draws it as a <label> for a hidden checkbox, which Tab never reaches. Without
   JavaScript the label still works by touch and mouse. */
/* Enter is handled by Material (it clicks a focused label); Space is added here. */
(function () {
  "use strict";
  var toggle = document.getElementById("__drawer");
  var buttons = document.querySelectorAll('label.md-header__button[for="__drawer"]');
  if (!toggle) return;
  function sync() {
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-expanded", toggle.checked ? "true" : "false");
    }
  }
  for (var i = 0; i < buttons.length; i++) {
    var button = buttons[i];
    button.setAttribute("role", "button");
    button.setAttribute("tabindex", "0");
    button.setAttribute("aria-label", "Menu navigasi");
    button.addEventListener("keydown", function (event) {
      if (event.key === " ") {  // Material's own keyboard handler already clicks on Enter
        event.preventDefault();
        toggle.click();
      }
    });
  }
  toggle.addEventListener("change", sync);
  sync();
})();
