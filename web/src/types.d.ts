declare module 'cytoscape-fcose';
declare module 'cytoscape-dagre';
declare module 'cytoscape-expand-collapse';
declare module 'cytoscape-svg';
declare module 'graphiql/setup-workers/vite';
