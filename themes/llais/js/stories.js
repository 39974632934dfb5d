// Telling a story: a click or tap on a triad's triangle places its point and fills the three linked inputs
// (whole percentages summing to 100); changing one input shares the difference over the other two in
// proportion, as LinkedSliders does on the server, and moves the point. The inputs are the accessible
// alternative and work without this script: the server then checks the sum and refuses a wrong one.
(function () {
  function rebalance(values, moved, to) {
    var v = Math.max(0, Math.min(100, to));
    var i = (moved + 1) % 3;
    var j = (moved + 2) % 3;
    var oi = Math.max(0, values[i]);
    var oj = Math.max(0, values[j]);
    var rest = 100 - v;
    var ni = oi + oj === 0 ? Math.floor((rest + 1) / 2) : Math.floor((2 * rest * oi + (oi + oj)) / (2 * (oi + oj)));
    var out = [0, 0, 0];
    out[moved] = v;
    out[i] = ni;
    out[j] = rest - ni;
    return out;
  }

  // Largest remainder: whole percentages summing to 100.
  function percents(fractions) {
    var parts = fractions.map(function (f) { return f * 100; });
    var whole = parts.map(function (p) { return Math.floor(p + 1e-9); });
    var given = whole.reduce(function (a, b) { return a + b; }, 0);
    while (given < 100) {
      var best = 0;
      for (var k = 1; k < 3; k++) {
        if (parts[k] - whole[k] > parts[best] - whole[best]) {
          best = k;
        }
      }
      whole[best]++;
      given++;
    }
    return whole;
  }

  function toShares(x, y, side, height) {
    var down = y / height;
    var across = 2 * x / side - 1;
    var s = [Math.max(0, 1 - down), Math.max(0, (down - across) / 2), Math.max(0, (down + across) / 2)];
    var sum = s[0] + s[1] + s[2];
    return sum === 0 ? null : s.map(function (v) { return v / sum; });
  }

  document.querySelectorAll('fieldset.triad').forEach(function (triad) {
    var side = Number(triad.getAttribute('data-side'));
    var height = Number(triad.getAttribute('data-height'));
    var prefix = triad.getAttribute('data-prefix');
    var template = triad.getAttribute('data-sum-template');
    var svg = triad.querySelector('svg');
    var marker = triad.querySelector('.marker');
    var sumText = document.getElementById(prefix + '-sum');
    var inputs = ['a', 'b', 'c'].map(function (c) { return document.getElementById(prefix + '-' + c); });
    if (!svg || inputs.some(function (i) { return !i; })) {
      return;
    }
    function values() {
      return inputs.map(function (i) { var n = parseInt(i.value, 10); return isNaN(n) ? 0 : n; });
    }
    function show() {
      var v = values();
      var total = v[0] + v[1] + v[2];
      if (sumText) {
        sumText.textContent = template.replace('{0}', String(total));
      }
      if (total === 100) {
        marker.setAttribute('cx', String(side * (v[0] + 2 * v[2]) / 200));
        marker.setAttribute('cy', String(height * (v[1] + v[2]) / 100));
      }
    }
    function set(v) {
      inputs.forEach(function (input, k) { input.value = String(v[k]); });
      show();
    }
    svg.addEventListener('click', function (event) {
      var ctm = svg.getScreenCTM();
      if (!ctm) {
        return;
      }
      var pt = svg.createSVGPoint();
      pt.x = event.clientX;
      pt.y = event.clientY;
      var p = pt.matrixTransform(ctm.inverse());
      var shares = toShares(p.x, p.y, side, height);
      if (shares) {
        set(percents(shares));
      }
    });
    inputs.forEach(function (input, k) {
      input.addEventListener('change', function () {
        var n = parseInt(input.value, 10);
        if (!isNaN(n)) {
          set(rebalance(values(), k, n));
        }
      });
      input.addEventListener('input', show);
    });
    show();
  });
}());
