/* Llais maps (Leaflet). Every map is an addition: each page works without it. */
(function () {
  'use strict';
  if (typeof L === 'undefined') { return; }

  function baseMap(el) {
    var centre = (el.getAttribute('data-centre') || '51.4816,-3.1791').split(',');
    var map = L.map(el, { scrollWheelZoom: false, zoomControl: false }).setView([parseFloat(centre[0]), parseFloat(centre[1])],
      parseInt(el.getAttribute('data-zoom') || '13', 10));
    L.control.zoom({
      zoomInTitle: el.getAttribute('data-zoom-in') || '+',
      zoomOutTitle: el.getAttribute('data-zoom-out') || '-'
    }).addTo(map);
    map.attributionControl.setPrefix(false);
    var tiles = el.getAttribute('data-tiles');
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 19, attribution: el.getAttribute('data-attribution') || '' }).addTo(map);
    }
    return map;
  }

  function reportMap(el) {
    var block = document.getElementById('report-map-block');
    block.hidden = false;
    var map = baseMap(el);
    var lat = document.getElementById(el.getAttribute('data-lat-field'));
    var lon = document.getElementById(el.getAttribute('data-lon-field'));
    var status = document.getElementById(el.getAttribute('data-status'));
    var marker = null;

    function place(latlng, pan) {
      if (marker) { marker.setLatLng(latlng); } else { marker = L.marker(latlng, { keyboard: false, alt: el.getAttribute('data-marker') || '' }).addTo(map); }
      lat.value = latlng.lat.toFixed(6);
      lon.value = latlng.lng.toFixed(6);
      status.textContent = status.getAttribute('data-placed');
      if (pan) { map.panTo(latlng); }
    }
    function clear() {
      if (marker) { map.removeLayer(marker); marker = null; }
      lat.value = '';
      lon.value = '';
      status.textContent = status.getAttribute('data-none');
    }

    if (lat.value && lon.value && !isNaN(parseFloat(lat.value)) && !isNaN(parseFloat(lon.value))) {
      place(L.latLng(parseFloat(lat.value), parseFloat(lon.value)), true);
    }
    map.on('click', function (e) { place(e.latlng, false); });
    document.getElementById('pin-centre').addEventListener('click', function () { place(map.getCenter(), false); });
    document.getElementById('pin-clear').addEventListener('click', clear);
    var locate = document.getElementById('pin-locate');
    if (!('geolocation' in navigator)) {
      locate.hidden = true;
    } else {
      locate.addEventListener('click', function () {
        navigator.geolocation.getCurrentPosition(function (pos) {
          map.setView([pos.coords.latitude, pos.coords.longitude], 16);
          place(L.latLng(pos.coords.latitude, pos.coords.longitude), false);
        }, function () {
          status.textContent = status.getAttribute('data-located-failed');
        }, { enableHighAccuracy: true, timeout: 10000 });
      });
    }
  }

  function concernMap(el) {
    var here = [parseFloat(el.getAttribute('data-lat')), parseFloat(el.getAttribute('data-lon'))];
    var map = baseMap(el);
    map.setView(here, 16);
    L.marker(here, { keyboard: false, interactive: false, alt: el.getAttribute('data-marker') || '' }).addTo(map);
  }

  function listMap(el) {
    var pins = JSON.parse(el.getAttribute('data-pins') || '[]');
    if (!pins.length) { return; }
    el.hidden = false;
    var map = baseMap(el);
    var link = el.getAttribute('data-link');
    var bounds = [];
    pins.forEach(function (p) {
      var m = L.marker([p.lat, p.lon], { keyboard: false, title: p.category + ' ' + p.ref, alt: p.category + ' ' + p.ref }).addTo(map);
      var a = document.createElement('a');
      a.href = link + encodeURIComponent(p.ref);
      a.textContent = p.category + ' (' + p.ref + ')';
      m.bindPopup(a);
      bounds.push([p.lat, p.lon]);
    });
    map.fitBounds(bounds, { padding: [30, 30], maxZoom: 16 });
  }

  var el;
  if ((el = document.getElementById('report-map'))) { reportMap(el); }
  if ((el = document.getElementById('concern-map'))) { concernMap(el); }
  if ((el = document.getElementById('list-map'))) { listMap(el); }
}());
