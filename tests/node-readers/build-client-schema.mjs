// Reads a GraphQL introspection answer ({"data": {...}}) on stdin, builds a client schema from it
// with graphql-js and prints what it holds as JSON: the tools that generate code do exactly this.
import { buildClientSchema, printSchema } from 'graphql';

const input = JSON.parse(await new Response(process.stdin).text());
const schema = buildClientSchema(input.data ?? input);
const sdl = printSchema(schema);
process.stdout.write(JSON.stringify({
  query: schema.getQueryType()?.name ?? null,
  mutation: schema.getMutationType()?.name ?? null,
  types: Object.keys(schema.getTypeMap()).length,
  directives: schema.getDirectives().map((d) => d.name),
  sdlLength: sdl.length,
}));
