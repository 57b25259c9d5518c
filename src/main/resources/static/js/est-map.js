// The hot-spot map of an EST picture (Leaflet): the district outlines and the grid cells with the most
// reports, shaded by their share of the busiest cell. Vector layers only, so the map shows without a tile
// server. The cells are the picture's own (frozen when it was compiled).
(function () {
  'use strict';

  function start() {
    var el = document.getElementById('est-map');
    if (!el || typeof L === 'undefined') {
      return;
    }
    var map = L.map(el, { scrollWheelZoom: false }).setView([59.235, 17.98], 11);
    map.attributionControl.setPrefix(false);
    var bounds = L.latLngBounds([]);
    function fit() {
      if (bounds.isValid()) {
        map.fitBounds(bounds, { padding: [10, 10], maxZoom: 15 });
      }
    }
    function get(url) {
      return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
        .then(function (r) { return r.ok ? r.json() : { features: [] }; });
    }
    get(el.dataset.districts).then(function (geo) {
      if (!geo.features || geo.features.length === 0) {
        return;
      }
      var layer = L.geoJSON(geo, {
        style: function () { return { color: '#1f5f8b', weight: 2, fillOpacity: 0.05 }; },
        onEachFeature: function (f, l) { l.bindTooltip(f.properties.name); }
      }).addTo(map);
      layer.bringToBack();
      bounds.extend(layer.getBounds());
      fit();
    }).catch(function () { /* the tables show the districts */ });
    get(el.dataset.hotspots).then(function (geo) {
      var features = geo.features || [];
      el.dataset.hotspotCount = String(features.length);
      if (features.length === 0) {
        return;
      }
      var most = Math.max.apply(null, features.map(function (f) { return f.properties.reports || 0; })) || 1;
      var layer = L.geoJSON(geo, {
        className: 'tg-hotspot',
        style: function (f) {
          return { color: '#8a1c1c', weight: 1, fillColor: '#d9480f', fillOpacity: 0.2 + 0.6 * (f.properties.reports / most) };
        },
        onEachFeature: function (f, l) {
          l.bindTooltip((el.dataset.labelHotspot || '') + ' ' + f.properties.rank + ': ' + f.properties.reports
            + (f.properties.district ? ' (' + f.properties.district + ')' : ''));
        }
      }).addTo(map);
      bounds.extend(layer.getBounds());
      fit();
    }).catch(function () { el.dataset.hotspotCount = '0'; });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
