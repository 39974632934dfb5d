// The administrator's staff form: the ward picker is for councillors only, so it shows when that role is chosen.
(function () {
  var role = document.getElementById('staffRole');
  var picker = document.getElementById('ward-picker');
  if (!role || !picker) {
    return;
  }
  function update() {
    picker.hidden = role.value !== 'COUNCILLOR';
  }
  role.addEventListener('change', update);
  update();
}());
