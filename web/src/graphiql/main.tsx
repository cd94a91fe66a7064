import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

const defaultQuery = `# InnoGraph: institutes and platforms of Jiaxing and their partners
{
  search(text: "清华长三院") { id kind name nameEn }
  collaborationNetwork(city: "嘉兴") {
    nodes { id kind label }
    edges { source target type }
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(<GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />);
