/**
 * The report's only script: sorting a ranked table by a click on a column heading. Without it the tables are
 * already in rank order and read the same. Numbers sort by the cell's data-v, text in Vietnamese order.
 */
export const SORT_SCRIPT = `(function () {
  'use strict';
  var collator = new Intl.Collator('vi', { numeric: true });
  function key(row, i) {
    var cell = row.cells[i];
    var v = cell.getAttribute('data-v');
    return v === null ? cell.textContent : Number(v);
  }
  function sortBy(table, i, th) {
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, i), y = key(b, i);
      var d = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return ascending ? d : -d;
    });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    rows.forEach(function (r) { body.appendChild(r); });
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.ranked'), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      var button = document.createElement('button');
      button.type = 'button';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () { sortBy(table, i, th); });
    });
  });
})();`;
