// The police's context events (module publicdata) as a layer of their own on the incident map: square
// markers in another colour, switchable in the layer control, never mixed with the municipality's
// incidents. Loaded before incidents-map.js, it waits for the map's 'tryggve:map-ready' event.
(function () {
  'use strict';

  var el = document.getElementById('incident-map');
  if (!el || !el.dataset.contextEvents) {
    return;
  }
  el.addEventListener('tryggve:map-ready', function (ev) {
    var map = ev.detail.map;
    fetch(el.dataset.contextEvents, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
      .then(function (r) { return r.ok ? r.json() : { features: [] }; })
      .then(function (geo) {
        if (!geo.features || geo.features.length === 0) {
          return;
        }
        var layer = L.geoJSON(geo, {
          pointToLayer: function (f, latlng) {
            var icon = L.divIcon({ className: 'tg-context-event', iconSize: [12, 12] });
            return L.marker(latlng, { icon: icon, keyboard: false, title: f.properties.name });
          },
          onEachFeature: function (f, l) {
            var popup = document.createElement('div');
            var title = document.createElement(f.properties.url ? 'a' : 'strong');
            if (f.properties.url) {
              title.href = f.properties.url;
              title.rel = 'noopener';
            }
            title.textContent = f.properties.name;
            popup.appendChild(title);
            popup.appendChild(document.createElement('br'));
            popup.appendChild(document.createTextNode(f.properties.time + ' · ' + f.properties.type));
            l.bindPopup(popup);
          }
        }).addTo(map);
        var overlays = {};
        overlays[el.dataset.labelContextEvents || 'Polisens händelser'] = layer;
        L.control.layers(null, overlays, { collapsed: false }).addTo(map);
        el.dataset.contextEventCount = String(geo.features.length);
      })
      .catch(function () { /* the incident map works without the layer */ });
  });
})();
