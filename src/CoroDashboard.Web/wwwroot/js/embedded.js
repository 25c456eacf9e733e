// Embedded pages connect their circuit to the embedded hub, where only the embedded session's
// cookie counts (see EmbeddedRoutes.Hub).
Blazor.start({
  circuit: {
    configureSignalR: builder => builder.withUrl("/embed/_blazor"),
  },
});
