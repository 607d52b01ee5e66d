// Map: country outlines from world-atlas (Natural Earth, bundled; no tile server) and one
// circle marker per located event, coloured by PLOVER type and clustered when dense.
import L from './leaflet-global.js';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import { feature } from 'topojson-client';
import worldUrl from 'world-atlas/countries-50m.json?url';
import { typeColor, typeLabel, TYPE_NAMES } from './types.js';
import { getLang, t } from './i18n.js';
import { actorName, placeName, fmtDate, arrow } from './labels.js';

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function createMap(container, { onSelect }) {
  const map = L.map(container, {
    center: [28, 25],
    zoom: 3,
    minZoom: 2,
    maxZoom: 12,
    worldCopyJump: true,
    attributionControl: true,
    zoomSnap: 0.5,
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth');

  map.createPane('countries');
  map.getPane('countries').style.zIndex = 300;
  fetch(worldUrl)
    .then((r) => r.json())
    .then((topo) => {
      const geo = feature(topo, topo.objects.countries);
      L.geoJSON(geo, {
        pane: 'countries',
        interactive: false,
        renderer: L.canvas({ pane: 'countries', padding: 0.5 }),
        style: { color: '#8b96a3', weight: 0.6, fillColor: '#f7f5ef', fillOpacity: 1 },
      }).addTo(map);
    })
    .catch((e) => console.warn('countries layer', e));

  const clusters = L.markerClusterGroup({
    maxClusterRadius: 36,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    chunkedLoading: true,
    iconCreateFunction(cluster) {
      const counts = {};
      for (const m of cluster.getAllChildMarkers()) counts[m.options.evType] = (counts[m.options.evType] ?? 0) + 1;
      const n = cluster.getChildCount();
      let acc = 0;
      const stops = TYPE_NAMES.filter((k) => counts[k])
        .map((k) => {
          const a = (acc / n) * 360;
          acc += counts[k];
          return `${typeColor(k)} ${a}deg ${(acc / n) * 360}deg`;
        })
        .join(',');
      const size = n < 10 ? 30 : n < 100 ? 36 : 44;
      return L.divIcon({
        className: 'ev-cluster-wrap',
        iconSize: [size, size],
        html: `<div class="ev-cluster" data-testid="event-cluster" style="background:conic-gradient(${stops})"><span>${n.toLocaleString(getLang() === 'ar' ? 'ar-EG' : 'en-US')}</span></div>`,
      });
    },
  });
  map.addLayer(clusters);

  let current = [];
  let fitted = false;

  function tooltipHtml(ev) {
    const l = getLang();
    const who = [actorName(ev.source), actorName(ev.target)].filter(Boolean).join(arrow());
    return `<div class="ev-tip" dir="${l === 'ar' ? 'rtl' : 'ltr'}"><b style="color:${typeColor(ev.event)}">${esc(typeLabel(ev.event, l))}</b> · ${esc(fmtDate(ev.date))}<br>${esc(placeName(ev.location))}${who ? `<br>${esc(who)}` : ''}<br><i dir="rtl">${esc(ev.trigger?.text)}</i></div>`;
  }

  function update(events) {
    current = events;
    clusters.clearLayers();
    const markers = [];
    for (const ev of events) {
      const loc = ev.location;
      if (!loc || loc.lat == null || loc.lon == null) continue;
      const icon = L.divIcon({
        className: 'ev-marker-wrap',
        iconSize: [14, 14],
        html: `<span class="ev-dot" data-testid="event-marker" data-event-id="${esc(ev.id ?? ev.event_id)}" style="background:${typeColor(ev.event)}"></span>`,
      });
      const m = L.marker([loc.lat, loc.lon], { icon, evType: ev.event, keyboard: true, title: '' });
      m.bindTooltip(() => tooltipHtml(ev), { direction: 'top', offset: [0, -6] });
      m.on('click', () => onSelect(ev));
      markers.push(m);
    }
    clusters.addLayers(markers);
    if (markers.length) {
      const b = L.latLngBounds(markers.map((m) => m.getLatLng()));
      if (!fitted || !map.getBounds().contains(b)) {
        map.fitBounds(b.pad(0.3), { maxZoom: 6, animate: fitted });
        fitted = true;
      }
    }
    return markers.length;
  }

  function relabel() {
    clusters.refreshClusters();
    for (const [cls, key] of [['in', 'map.zoomin'], ['out', 'map.zoomout']]) {
      const b = container.querySelector(`.leaflet-control-zoom-${cls}`);
      if (b) {
        b.title = t(key);
        b.setAttribute('aria-label', t(key));
      }
    }
  }
  relabel();

  const ro = new ResizeObserver(() => map.invalidateSize());
  ro.observe(container);
  return { map, update, relabel, get events() { return current; } };
}
