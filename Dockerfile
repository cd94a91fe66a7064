# The InnoGraph API with its CLI: `innograph serve` loads the seeds into an empty graph, then serves.
# Used by docker-compose.yml next to neo4j:5.26 (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, INNOGRAPH_API_KEY).
# The explorer and GraphiQL (web/), built from the committed lock file.
FROM node:20-bookworm-slim AS web
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npx vite build --logLevel warn

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig InnoGraph.sln ./
COPY src/ src/
COPY cypher/ cypher/
# The web build above is copied in as web/dist; BuildWebAssets=false keeps Node.js out of this stage.
COPY --from=web /src/web/dist/ web/dist/
RUN dotnet publish src/InnoGraph.Cli/InnoGraph.Cli.csproj -c Release -o /app -p:BuildWebAssets=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
COPY seeds/ /app/seeds/
ENV INNOGRAPH_SEEDS=/app/seeds \
    DOTNET_gcServer=0
EXPOSE 5000
USER app
# Inside a container the API must listen on every interface, not only on loopback.
ENTRYPOINT ["dotnet", "innograph.dll", "serve", "--host", "0.0.0.0", "--port", "5000"]
