# CoroDashboard with the embedded default: the Coro simulator in-process and the demo sign-in.
# Build: docker build -t corodashboard .   Run: docker run -p 8080:8080 corodashboard

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /repo

# Restore first, from the project files alone, so a code change does not download packages again.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/CoroDashboard.Coro/CoroDashboard.Coro.csproj src/CoroDashboard.Coro/
COPY src/CoroDashboard.Data/CoroDashboard.Data.csproj src/CoroDashboard.Data/
COPY src/CoroDashboard.Gateway/CoroDashboard.Gateway.csproj src/CoroDashboard.Gateway/
COPY src/CoroDashboard.Simulator/CoroDashboard.Simulator.csproj src/CoroDashboard.Simulator/
COPY src/CoroDashboard.Web/CoroDashboard.Web.csproj src/CoroDashboard.Web/
RUN dotnet restore src/CoroDashboard.Web/CoroDashboard.Web.csproj

COPY appsettings.json ./
COPY wwwroot-assets/ wwwroot-assets/
COPY src/ src/
RUN dotnet publish src/CoroDashboard.Web/CoroDashboard.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# The image's non-root "app" user owns only the folder with the dashboard's database.
RUN mkdir /app/data && chown app:app /app/data
COPY --from=build /app ./
USER app

# The image is a demo: anyone who reaches it may sign in as any persona. For real use set
# Identity__Mode=Entra (with the AzureAd__* settings) and Coro__Mode=Live (with credentials).
ENV ASPNETCORE_URLS=http://+:8080 \
    Identity__AllowDemoInProduction=true \
    Database__ConnectionString="Data Source=/app/data/corodashboard.db"
EXPOSE 8080
ENTRYPOINT ["dotnet", "CoroDashboard.Web.dll"]
