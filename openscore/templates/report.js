// Sort and filter the leaderboards. Without JavaScript the tables stay sorted by score.
// State lives in the URL fragment (#sort=KEY&dir=asc|desc&q=TEXT), read on load.
(function () {
  "use strict";
  var tables = Array.prototype.slice.call(document.querySelectorAll("table.board"));
  var filter = document.getElementById("filter");
  var state = {};
  location.hash.slice(1).split("&").forEach(function (pair) {
    var at = pair.indexOf("=");
    if (at > 0) state[decodeURIComponent(pair.slice(0, at))] = decodeURIComponent(pair.slice(at + 1));
  });

  function value(row, index, numeric) {
    var raw = row.cells[index].getAttribute("data-sort");
    return numeric ? parseFloat(raw) : raw;
  }

  function sort(table, key, dir) {
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var th = heads.filter(function (h) { return h.getAttribute("data-key") === key; })[0];
    if (!th) return;
    var numeric = th.getAttribute("data-type") === "num";
    dir = dir || (numeric && key !== "rank" ? "desc" : "asc");
    var sign = dir === "asc" ? 1 : -1, index = th.cellIndex, body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a, index, numeric), y = value(b, index, numeric);
      return (x < y ? -sign : x > y ? sign : 0) || value(a, 0, true) - value(b, 0, true);
    });
    rows.forEach(function (row) { body.appendChild(row); });
    heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir === "asc" ? "ascending" : "descending");
    state.sort = key;
    state.dir = dir;
  }

  function apply(query) {
    var needle = query.trim().toLowerCase(), shown = 0, total = 0;
    tables.forEach(function (table) {
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        row.hidden = needle !== "" && row.getAttribute("data-filter").indexOf(needle) < 0;
        total += 1;
        shown += row.hidden ? 0 : 1;
      });
    });
    document.getElementById("count").textContent = needle ? shown + " of " + total + " rows" : "";
    state.q = query;
  }

  function remember() {
    var parts = Object.keys(state).filter(function (k) { return state[k]; }).map(function (k) {
      return encodeURIComponent(k) + "=" + encodeURIComponent(state[k]);
    });
    try { history.replaceState(null, "", "#" + parts.join("&")); } catch (e) { /* file:// in some browsers */ }
  }

  tables.forEach(function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var key = th.getAttribute("data-key"), current = th.getAttribute("aria-sort");
        var dir = current ? (current === "ascending" ? "desc" : "asc") : null;
        tables.forEach(function (t) { sort(t, key, dir); });
        remember();
      });
    });
  });
  filter.addEventListener("input", function () { apply(filter.value); remember(); });
  document.getElementById("controls").hidden = false;
  if (state.sort) tables.forEach(function (t) { sort(t, state.sort, state.dir === "asc" || state.dir === "desc" ? state.dir : null); });
  if (state.q) { filter.value = state.q; apply(state.q); }
})();
