(function () {
  'use strict';
  var table = document.getElementById('reports');
  var code = document.getElementById('code'), severity = document.getElementById('severity');
  var count = document.getElementById('shown');
  function filter() {
    var shown = 0;
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var codes = ' ' + row.dataset.codes + ' ', severities = ' ' + row.dataset.severities + ' ';
      var visible = (!code.value || codes.indexOf(' ' + code.value + ' ') >= 0)
        && (!severity.value || severities.indexOf(' ' + severity.value + ' ') >= 0);
      row.hidden = !visible;
      if (visible) { shown++; }
    });
    count.textContent = shown;
  }
  function sort(column, header) {
    var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
    var descending = header.dataset.order === 'asc';
    table.querySelectorAll('th').forEach(function (th) { delete th.dataset.order; });
    header.dataset.order = descending ? 'desc' : 'asc';
    rows.sort(function (a, b) {
      var x = a.cells[column].textContent, y = b.cells[column].textContent;
      var nx = parseFloat(x), ny = parseFloat(y);
      var order = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  code.addEventListener('change', filter);
  severity.addEventListener('change', filter);
  table.querySelectorAll('thead th').forEach(function (th, i) {
    th.addEventListener('click', function () { sort(i, th); });
  });
  filter();
}());
