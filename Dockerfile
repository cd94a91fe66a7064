# The InnoGraph API with its CLI: `innograph serve` loads the seeds into an empty graph, then serves.
# Used by docker-compose.yml next to neo4j:5.26 (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, INNOGRAPH_API_KEY).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig InnoGraph.sln ./
COPY src/ src/
COPY cypher/ cypher/
RUN dotnet publish src/InnoGraph.Cli/InnoGraph.Cli.csproj -c Release -o /app

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
