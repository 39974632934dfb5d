// The ballot's running total: as projects are ticked (or points given), the total against the budget, the most
// projects or the points is updated in its aria-live region. Without this script, "Check my total" does the same on the server.
(function () {
  var projects = document.getElementById('ballot-projects');
  var total = document.getElementById('ballot-total');
  if (!projects || !total) {
    return;
  }
  var type = projects.getAttribute('data-type');
  var limit = Number(projects.getAttribute('data-limit'));
  var template = total.getAttribute('data-template');
  var over = total.getAttribute('data-over');
  function update() {
    var sum = 0;
    if (type === 'CUMULATIVE') {
      projects.querySelectorAll('input.points').forEach(function (input) {
        var n = parseInt(input.value, 10);
        if (n > 0) {
          sum += n;
        }
      });
    } else {
      projects.querySelectorAll('input[type=checkbox]:checked').forEach(function (box) {
        sum += type === 'KNAPSACK' ? Number(box.getAttribute('data-cost')) : 1;
      });
    }
    var text = template.replace('{0}', sum.toLocaleString('en-GB'));
    if (sum > limit) {
      text += ' ' + over;
      total.classList.add('over');
    } else {
      total.classList.remove('over');
    }
    total.textContent = text;
  }
  projects.addEventListener('change', update);
  projects.addEventListener('input', update);
}());
