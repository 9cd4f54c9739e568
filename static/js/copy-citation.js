// "Copy" buttons beside the citations on an article page. The buttons are hidden in the HTML and
// shown only here, so a reader without script (or without a clipboard) never sees a dead button.
(function () {
  "use strict";
  if (!navigator.clipboard) {
    return;
  }
  document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) {
      return;
    }
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = button.getAttribute("data-done");
        button.setAttribute("aria-live", "polite");
        window.setTimeout(function () { button.textContent = label; }, 2000);
      });
    });
  });
})();
