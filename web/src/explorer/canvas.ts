import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import expandCollapse from 'cytoscape-expand-collapse';
import svg from 'cytoscape-svg';
import { stylesheet } from './style';
import type { Elements } from './elements';

cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape.use(svg);
expandCollapse(cytoscape);

export type LayoutName = 'fcose' | 'dagre';

export function createCanvas(container: HTMLElement): Core {
  const cy = cytoscape({
    container,
    style: stylesheet() as cytoscape.StylesheetJson,
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
  });
  (cy as unknown as { expandCollapse: (o: object) => unknown }).expandCollapse({
    layoutBy: null, fisheye: false, animate: false, undoable: false, cueEnabled: true,
  });
  return cy;
}

export function show(cy: Core, elements: Elements, layout: LayoutName, fit = true): void {
  cy.batch(() => {
    cy.elements().remove();
    cy.add([...elements.nodes, ...elements.edges] as ElementDefinition[]);
  });
  runLayout(cy, layout, fit);
}

/** Adds what is not on the canvas yet and lays out only around it. */
export function add(cy: Core, elements: Elements, layout: LayoutName): void {
  const fresh = [...elements.nodes, ...elements.edges].filter(e => cy.getElementById(e.data.id).empty());
  cy.add(fresh as ElementDefinition[]);
  runLayout(cy, layout, true);
}

/** Fitting a handful of nodes would blow their labels up; beyond this zoom the view is centred instead. */
const largestFittedZoom = 1.4;

export function runLayout(cy: Core, layout: LayoutName, fit = true): void {
  // Bodies without links inside a place are tiled; the padding leaves room for their wrapped labels.
  const options = layout === 'dagre'
    ? { name: 'dagre', rankDir: 'LR', nodeSep: 8, rankSep: 90, fit, padding: 30, animate: false }
    : { name: 'fcose', quality: 'proof', randomize: true, animate: false, fit, padding: 30, nodeRepulsion: 9000, idealEdgeLength: 90, nestingFactor: 0.2, nodeSeparation: 90, tile: true, tilingPaddingVertical: 28, tilingPaddingHorizontal: 70, packComponents: true };
  const run = cy.layout(options as cytoscape.LayoutOptions);
  run.one('layoutstop', () => {
    if (fit && cy.zoom() > largestFittedZoom) {
      cy.zoom(largestFittedZoom);
      cy.center();
    }
  });
  run.run();
}

export function pngBlob(cy: Core): Blob {
  return cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }) as unknown as Blob;
}

export function svgBlob(cy: Core): Blob {
  const text = (cy as unknown as { svg: (o: object) => string }).svg({ full: true, bg: '#ffffff' });
  return new Blob([text], { type: 'image/svg+xml' });
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function collapseApi(cy: Core): { collapse: (n: cytoscape.NodeCollection) => void; expand: (n: cytoscape.NodeCollection) => void; isExpandable: (n: cytoscape.NodeSingular) => boolean } {
  return (cy as unknown as { expandCollapse: (k: string) => never }).expandCollapse('get');
}
