// Actor network (cytoscape.js) from /api/network: node size by events, edge colour by kind
// (cooperation blue, conflict red), edge width by count. Tapping an actor filters by it.
import cytoscape from 'cytoscape';
import { getLang, t, num } from './i18n.js';
import { typeLabel } from './types.js';
import { arrow } from './labels.js';

const MAX_NODES = 150;
const SECTOR_COLOR = {
  GOV: '#3f6ea8', MIL: '#2f4f7a', COP: '#4f7fb8', JUD: '#5f8fc8', LEG: '#5f8fc8', SPY: '#2f4f7a',
  REB: '#9b3b3b', UAF: '#8c2f2f', INS: '#8c2f2f', SEP: '#9b3b3b',
  OPP: '#c07a2c', PTY: '#c07a2c', CVL: '#4f8f5a', NGO: '#3c9a8a', MED: '#6b8f3c', EDU: '#6b8f3c',
  REL: '#7a6b9b', REF: '#4f8f5a', BUS: '#8a7a4a', LAB: '#8a7a4a',
  IGO: '#7a55a8',
};

export function createNetwork(container, { onActor, onInfo }) {
  const cy = cytoscape({
    container,
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          width: 'data(size)',
          height: 'data(size)',
          label: 'data(label)',
          'font-size': 12,
          'font-family': 'Noto Sans Arabic, Noto Sans, DejaVu Sans, sans-serif',
          color: '#1d2733',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-outline-color': '#fff',
          'text-outline-width': 2,
          'border-width': 1,
          'border-color': '#fff',
        },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': 'data(color)',
          'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.8,
          'curve-style': 'bezier',
          opacity: 0.75,
        },
      },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f5b700' } },
      { selector: '.faded', style: { opacity: 0.15 } },
    ],
  });

  let last = { nodes: [], edges: [] };

  function label(n) {
    const l = getLang();
    return (l === 'ar' ? n.name_ar || n.name_en : n.name_en || n.name_ar) || n.id;
  }

  function update(data) {
    let nodes = [...(data?.nodes ?? [])].sort((a, b) => (b.events ?? 0) - (a.events ?? 0));
    const total = nodes.length;
    if (nodes.length > MAX_NODES) nodes = nodes.slice(0, MAX_NODES);
    const keep = new Set(nodes.map((n) => n.id));
    const edges = (data?.edges ?? []).filter((e) => keep.has(e.source) && keep.has(e.target));
    last = { nodes, edges, total };
    const max = Math.max(1, ...nodes.map((n) => n.events ?? 1));
    const maxC = Math.max(1, ...edges.map((e) => e.count ?? 1));
    cy.batch(() => {
      cy.elements().remove();
      cy.add(
        nodes.map((n) => ({
          group: 'nodes',
          data: {
            id: String(n.id),
            label: label(n),
            raw: n,
            size: 16 + 34 * Math.sqrt((n.events ?? 1) / max),
            color: SECTOR_COLOR[n.sector] ?? '#6b7785',
          },
        })),
      );
      cy.add(
        edges.map((e, i) => ({
          group: 'edges',
          data: {
            id: `e${i}`,
            source: String(e.source),
            target: String(e.target),
            raw: e,
            color: e.kind === 'cooperation' ? '#2b6cb0' : '#d32f2f',
            width: 1.5 + 5 * Math.sqrt((e.count ?? 1) / maxC),
          },
        })),
      );
    });
    if (nodes.length) {
      cy.layout({
        name: 'cose',
        animate: false,
        randomize: true,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 70,
        padding: 24,
        numIter: nodes.length > 80 ? 600 : 1000,
      }).run();
      cy.fit(undefined, 24);
    }
    return { shown: nodes.length, total, edges: edges.length };
  }

  cy.on('tap', 'node', (e) => onActor(e.target.id()));
  cy.on('tap', 'edge', (e) => {
    const d = e.target.data('raw');
    const l = getLang();
    const types = Object.entries(d.types ?? {})
      .map(([k, v]) => `${typeLabel(k, l)} ${num(v)}`)
      .join('، ');
    onInfo?.(`${label(e.target.source().data('raw'))}${arrow()}${label(e.target.target().data('raw'))}: ${num(d.count)} (${d.kind === 'cooperation' ? t('net.coop') : t('net.conf')}, ${num(d.mean_goldstein)}) ${types}`);
  });
  cy.on('mouseover', 'node', (e) => {
    const n = e.target;
    cy.elements().not(n.closedNeighborhood()).addClass('faded');
  });
  cy.on('mouseout', 'node', () => cy.elements().removeClass('faded'));

  function relabel() {
    cy.nodes().forEach((n) => n.data('label', label(n.data('raw'))));
  }

  const ro = new ResizeObserver(() => {
    cy.resize();
  });
  ro.observe(container);

  return { cy, update, relabel, get last() { return last; } };
}
