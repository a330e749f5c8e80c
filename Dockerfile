# syntax=docker/dockerfile:1
# CoDraft server image: built with the .NET SDK, run on the ASP.NET Core runtime as a non-root user.
# The "test" stage holds the test projects for docker-compose's "tests" service; the last stage is the default.

FROM node:20-bookworm-slim AS client
WORKDIR /src/client
COPY client/package.json client/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY client/ ./
# Vite writes the built client to ../src/CoDraft.Server/wwwroot.
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS source
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ src/

FROM source AS build
COPY --from=client /src/src/CoDraft.Server/wwwroot/ src/CoDraft.Server/wwwroot/
RUN dotnet restore src/CoDraft.Server/CoDraft.Server.csproj
# The client was built in its own stage (the SDK image has no Node.js); publish takes wwwroot as it is.
RUN dotnet publish src/CoDraft.Server/CoDraft.Server.csproj -c Release -o /app --no-restore -p:SkipClientBuild=true

FROM source AS test
COPY tests/ tests/
RUN dotnet restore tests/CoDraft.Storage.Mongo.Tests/CoDraft.Storage.Mongo.Tests.csproj
RUN dotnet build tests/CoDraft.Storage.Mongo.Tests/CoDraft.Storage.Mongo.Tests.csproj --no-restore -p:SkipClientBuild=true
CMD ["dotnet", "test", "tests/CoDraft.Storage.Mongo.Tests/CoDraft.Storage.Mongo.Tests.csproj", "--no-build", "--logger", "console;verbosity=normal"]

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The SQLite store's default folder, for a container run without MongoDB; the image's "app" user must own it.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
USER $APP_UID
# appsettings.json listens on localhost only, which nothing outside the container can reach.
ENV Urls=http://+:8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "CoDraft.Server.dll"]
