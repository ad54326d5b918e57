(function () {
  "use strict";
  var form = document.getElementById("filters");
  var rows = Array.prototype.slice.call(document.querySelectorAll("li.fact"));
  function apply() {
    if (!form) return;
    var boxes = form.querySelectorAll("input[name=verdict]");
    var wanted = {};
    for (var i = 0; i < boxes.length; i++) if (boxes[i].checked) wanted[boxes[i].value] = true;
    var outlet = document.getElementById("f-outlet").value;
    var query = document.getElementById("f-text").value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var ok = wanted[row.getAttribute("data-verdict")] === true &&
        (!outlet || (" " + row.getAttribute("data-outlets") + " ").indexOf(" " + outlet + " ") >= 0) &&
        (!query || row.getAttribute("data-search").indexOf(query) >= 0);
      row.hidden = !ok;
      if (ok) shown++;
    });
    document.getElementById("f-count").textContent = shown + " of " + rows.length + " facts shown";
    document.getElementById("f-none").hidden = shown > 0;
  }
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    if (target.hidden && form) { form.reset(); apply(); }
    for (var node = target.parentElement; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") node.open = true;
    }
    target.scrollIntoView();
  }
  if (form) {
    form.hidden = false;
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply();
  }
  window.addEventListener("hashchange", reveal);
  window.addEventListener("beforeprint", function () {
    var quotes = document.querySelectorAll("details.quotes");
    for (var i = 0; i < quotes.length; i++) quotes[i].open = true;
  });
  if (location.hash) reveal();
}());
