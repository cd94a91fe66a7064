// Opens an export file with the reader a graph tool uses and prints what it found as JSON:
// gexf and graphml through graphology's readers, cyjs through Cytoscape.js.
//   node read-export.mjs gexf|graphml|cyjs FILE
import { readFileSync } from 'node:fs';
import { MultiGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import cytoscape from 'cytoscape';

const [format, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const options = { allowUndeclaredAttributes: false, addMissingNodes: false };

function fromGraphology(graph) {
  const nodes = [];
  graph.forEachNode((id, attributes) => nodes.push({ id, ...attributes }));
  const edges = [];
  graph.forEachEdge((id, attributes, source, target) => edges.push({ id, source, target, ...attributes }));
  return { nodes, edges };
}

function fromCytoscape(json) {
  const cy = cytoscape({ headless: true, elements: json });
  return {
    nodes: cy.nodes().map((n) => n.data()),
    edges: cy.edges().map((e) => e.data()),
  };
}

const read = {
  gexf: () => fromGraphology(gexf.parse(MultiGraph, text, options)),
  graphml: () => fromGraphology(graphml.parse(MultiGraph, text, options)),
  cyjs: () => fromCytoscape(JSON.parse(text)),
}[format];
if (!read) {
  process.stderr.write(`unknown format ${format}\n`);
  process.exit(2);
}
process.stdout.write(JSON.stringify(read()));
