// The incident map (Leaflet): district polygons and one circle marker per incident. Markers and
// polygons are vector layers drawn by the browser, so they show even when the tile server fails or
// is not configured (tryggve.incidents.map.tile-url). Data come from the page's own endpoints.
(function () {
  'use strict';

  function start() {
    var el = document.getElementById('incident-map');
    if (!el || typeof L === 'undefined') {
      return;
    }
    var map = L.map(el, { scrollWheelZoom: false }).setView([59.235, 17.98], 12);
    map.attributionControl.setPrefix(false);
    var tiles = el.dataset.tileUrl;
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 19, attribution: el.dataset.attribution || '' }).addTo(map);
    }
    var bounds = L.latLngBounds([]);
    // other layers (e.g. the police's context events, /public-data) attach themselves to the same map
    el.dispatchEvent(new CustomEvent('tryggve:map-ready', { detail: { map: map } }));

    fetch(el.dataset.districts, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
      .then(function (r) { return r.ok ? r.json() : { features: [] }; })
      .then(function (geo) {
        if (!geo.features || geo.features.length === 0) {
          return;
        }
        var layer = L.geoJSON(geo, {
          style: function (f) {
            return { color: '#1f5f8b', weight: 2, fillOpacity: f.properties.example ? 0.06 : 0.1, dashArray: f.properties.example ? '6 4' : null };
          },
          onEachFeature: function (f, l) {
            l.bindTooltip(f.properties.name + (f.properties.example ? ' (exempel)' : ''));
          }
        }).addTo(map);
        layer.bringToBack();
        bounds.extend(layer.getBounds());
        map.fitBounds(bounds, { padding: [10, 10] });
      })
      .catch(function () { /* the list below the map still shows every incident */ });

    // Hotspots of the graffiti follow-up (grid cells with the most reports over the whole period),
    // shaded by their share of the busiest cell; drawn under the markers.
    fetch(el.dataset.hotspots, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
      .then(function (r) { return r.ok ? r.json() : { features: [] }; })
      .then(function (geo) {
        if (!geo.features || geo.features.length === 0) {
          return;
        }
        var most = Math.max.apply(null, geo.features.map(function (f) { return f.properties.reports || 0; })) || 1;
        L.geoJSON(geo, {
          className: 'tg-hotspot',
          style: function (f) {
            return { color: '#8a1c1c', weight: 1, fillColor: '#d9480f', fillOpacity: 0.15 + 0.45 * (f.properties.reports / most) };
          },
          onEachFeature: function (f, l) {
            l.bindTooltip((el.dataset.labelHotspot || '') + ' ' + f.properties.rank + ': ' + f.properties.reports);
          }
        }).addTo(map);
        el.dataset.hotspotCount = String(geo.features.length);
      })
      .catch(function () { /* the map works without the layer */ });

    fetch(el.dataset.incidents, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (items) {
        items.forEach(function (i) {
          var color = i.closed ? '#2e7d32' : (i.offensive ? '#b00020' : '#c25e00');
          var marker = L.circleMarker([i.lat, i.lon], {
            radius: 8, color: '#ffffff', weight: 2, fillColor: color, fillOpacity: 0.95, className: 'tg-incident-marker'
          }).addTo(map);
          var popup = document.createElement('div');
          var link = document.createElement('a');
          link.href = i.url;
          link.textContent = '#' + i.id + ' ' + i.category;
          popup.appendChild(link);
          if (i.address) {
            popup.appendChild(document.createElement('br'));
            popup.appendChild(document.createTextNode(i.address));
          }
          marker.bindPopup(popup);
          bounds.extend([i.lat, i.lon]);
        });
        if (bounds.isValid()) {
          map.fitBounds(bounds, { padding: [10, 10], maxZoom: 15 });
        }
        el.dataset.markers = String(items.length);
      })
      .catch(function () { el.dataset.markers = '0'; });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
