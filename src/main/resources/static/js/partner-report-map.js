// The partner report form's map: a tap or click puts the pin and fills the latitude and longitude fields;
// typing coordinates moves the pin. Without JavaScript (or tiles) the fields and the address still work.
(function () {
  'use strict';

  function start() {
    var el = document.getElementById('pin-map');
    if (!el || typeof L === 'undefined') {
      return;
    }
    var lat = document.getElementById('latitude');
    var lon = document.getElementById('longitude');
    var map = L.map(el, { scrollWheelZoom: false }).setView([59.235, 17.98], 12);
    map.attributionControl.setPrefix(false);
    if (el.dataset.tileUrl) {
      L.tileLayer(el.dataset.tileUrl, { maxZoom: 19, attribution: el.dataset.attribution || '' }).addTo(map);
    }
    var marker = null;

    function place(latlng, fill) {
      if (marker) {
        marker.setLatLng(latlng);
      } else {
        marker = L.marker(latlng, { keyboard: false, title: el.dataset.labelPin || '' }).addTo(map);
      }
      if (fill) {
        lat.value = latlng.lat.toFixed(6);
        lon.value = latlng.lng.toFixed(6);
      }
      el.setAttribute('data-pin-set', 'true');
    }

    fetch(el.dataset.districts, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
      .then(function (r) { return r.ok ? r.json() : { features: [] }; })
      .then(function (geo) {
        if (geo.features && geo.features.length > 0) {
          var layer = L.geoJSON(geo, { style: { color: '#1f5f8b', weight: 1, fillOpacity: 0.04 }, interactive: false }).addTo(map);
          if (!marker) {
            map.fitBounds(layer.getBounds());
          }
        }
      })
      .catch(function () { /* the map works without districts */ });

    map.on('click', function (e) { place(e.latlng, true); });

    function fromFields() {
      var a = parseFloat((lat.value || '').replace(',', '.'));
      var b = parseFloat((lon.value || '').replace(',', '.'));
      if (isFinite(a) && isFinite(b)) {
        place(L.latLng(a, b), false);
        map.setView([a, b], Math.max(map.getZoom(), 15));
      }
    }
    lat.addEventListener('change', fromFields);
    lon.addEventListener('change', fromFields);
    fromFields();

    var police = document.getElementById('policeReported1');
    var number = document.getElementById('police-number');
    function toggle() {
      if (police && number) {
        number.hidden = !police.checked;
      }
    }
    if (police) {
      police.addEventListener('change', toggle);
      toggle();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
