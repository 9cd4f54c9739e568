// Admin "mark a missed mention": turn a text selection inside #article-body into character offsets
// (code points, as Python counts them) for the form's hidden start/end fields.
(function () {
  "use strict";
  function offsets(container) {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0) return null;
    var range = sel.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
    var before = document.createRange();
    before.selectNodeContents(container);
    before.setEnd(range.startContainer, range.startOffset);
    var start = Array.from(before.toString()).length;
    var text = range.toString();
    return { start: start, end: start + Array.from(text).length, text: text };
  }
  document.addEventListener("DOMContentLoaded", function () {
    var body = document.getElementById("article-body");
    var form = document.getElementById("mark-mention-form");
    if (!body || !form) return;
    function update() {
      var o = offsets(body);
      if (!o || !o.text) return;
      form.querySelector("[name=start]").value = o.start;
      form.querySelector("[name=end]").value = o.end;
      document.getElementById("selected-text").textContent = o.text;
      document.getElementById("selected-range").textContent = "(" + o.start + "–" + o.end + ")";
    }
    body.addEventListener("mouseup", update);
    body.addEventListener("keyup", update);
  });
})();
