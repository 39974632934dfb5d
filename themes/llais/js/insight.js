/* The dashboard's ward map (Leaflet): wards shaded by their number of concerns. The ward table says the same. */
(function () {
  'use strict';
  if (typeof L === 'undefined' || !window.fetch) { return; }
  var el = document.getElementById('insight-map');
  if (!el) { return; }

  function label(text) {
    var span = document.createElement('span');
    span.textContent = text;
    return span;
  }

  fetch(el.getAttribute('data-wards'), { credentials: 'same-origin', headers: { 'Accept': 'application/geo+json' } })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (data) {
      if (!data || !data.features || data.features.length === 0) { return; }
      el.hidden = false;
      var centre = (el.getAttribute('data-centre') || '52.3,-3.7').split(',');
      var map = L.map(el, { scrollWheelZoom: false, zoomControl: false })
        .setView([parseFloat(centre[0]), parseFloat(centre[1])], parseInt(el.getAttribute('data-zoom') || '8', 10));
      L.control.zoom({
        zoomInTitle: el.getAttribute('data-zoom-in') || '+',
        zoomOutTitle: el.getAttribute('data-zoom-out') || '-'
      }).addTo(map);
      map.attributionControl.setPrefix(false);
      var tiles = el.getAttribute('data-tiles');
      if (tiles) {
        L.tileLayer(tiles, { maxZoom: 19, attribution: el.getAttribute('data-attribution') || '' }).addTo(map);
      }
      var countLabel = el.getAttribute('data-count-label') || '';
      var layer = L.geoJSON(data, {
        style: function (feature) { return { className: 'ward-shade shade-' + feature.properties.shade }; },
        onEachFeature: function (feature, shape) {
          shape.bindTooltip(label(feature.properties.name + ' — ' + countLabel + ': ' + feature.properties.count));
        }
      }).addTo(map);
      map.fitBounds(layer.getBounds());
    })
    .catch(function () { el.hidden = true; });
}());
