(function () {
  'use strict';
  var selected = null;
  function text(id, value) { document.getElementById('f-' + id).textContent = value || ''; }
  function around(td) {
    var row = td.parentElement, parts = [];
    for (var i = 0; i < row.cells.length; i++) {
      var c = row.cells[i];
      parts.push(c.tagName === 'TH' ? c.textContent : (c.dataset.raw || '').trim());
    }
    return parts.join(' | ');
  }
  function findings(td) {
    var list = document.getElementById('f-findings');
    list.textContent = '';
    document.querySelectorAll('li.anomaly').forEach(function (li) {
      if ((' ' + li.dataset.cells + ' ').indexOf(' ' + td.id + ' ') >= 0) {
        var item = document.createElement('li');
        item.textContent = li.textContent;
        list.appendChild(item);
      }
    });
  }
  function evidence(td) {
    var panel = document.getElementById('evidence');
    var page = td.dataset.page && document.getElementById('page-' + td.dataset.page);
    if (!page) { panel.hidden = true; return; }
    var scale = parseFloat(page.dataset.scale);
    var b = td.dataset.box.split(' ').map(parseFloat);
    var x = b[0] * scale, y = b[1] * scale, w = b[2] * scale, h = b[3] * scale;
    var room = panel.parentElement.clientWidth - 30;
    var width = Math.min(page.naturalWidth || room, room, Math.max(w + 240, 300));
    var height = h + 120;
    var left = Math.max(0, Math.min(x + w / 2 - width / 2, (page.naturalWidth || 0) - width));
    var top = Math.max(0, y - 60);
    var img = document.getElementById('evidence-img'), box = document.getElementById('box');
    var crop = document.getElementById('crop');
    img.src = page.src;
    crop.style.width = width + 'px';
    crop.style.height = height + 'px';
    img.style.left = -left + 'px';
    img.style.top = -top + 'px';
    box.style.left = (x - left - 3) + 'px';
    box.style.top = (y - top - 3) + 'px';
    box.style.width = (w + 6) + 'px';
    box.style.height = (h + 6) + 'px';
    panel.hidden = false;
  }
  function show(td) {
    document.getElementById('hint').hidden = true;
    text('state', td.dataset.state);
    text('reading', td.dataset.reading);
    text('raw', td.dataset.raw);
    text('origin', td.dataset.origin);
    text('around', around(td));
    findings(td);
    evidence(td);
  }
  function select(td) {
    if (selected) { selected.classList.remove('selected'); }
    selected = td;
    td.classList.add('selected');
    show(td);
  }
  function highlight(item) {
    document.querySelectorAll('.hl').forEach(function (c) { c.classList.remove('hl'); });
    document.querySelectorAll('.active').forEach(function (c) { c.classList.remove('active'); });
    item.classList.add('active');
    var ids = (item.dataset.cells || '').split(' ').filter(Boolean), first = null;
    ids.forEach(function (id) {
      var cell = document.getElementById(id);
      if (cell) { cell.classList.add('hl'); first = first || cell; }
    });
    if (first) { first.scrollIntoView({ block: 'center' }); select(first); }
  }
  document.querySelectorAll('td.v').forEach(function (td) {
    td.addEventListener('mouseenter', function () { show(td); });
    td.addEventListener('mouseleave', function () { if (selected) { show(selected); } });
    td.addEventListener('click', function () { select(td); });
    td.addEventListener('focus', function () { select(td); });
  });
  document.querySelectorAll('li.anomaly, tr.check').forEach(function (item) {
    item.addEventListener('click', function () { highlight(item); });
    item.addEventListener('keydown', function (e) { if (e.key === 'Enter') { highlight(item); } });
  });
}());
