// Browser-side helpers of the dashboard: the viewer's time zone, the theme choice, and the
// reconnect behaviour of the circuit.
window.coroDashboard = {
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",

  prefersDark: () => {
    const saved = localStorage.getItem("coroDashboard.theme");
    if (saved) return saved === "dark";
    return window.matchMedia("(prefers-color-scheme: dark)").matches;
  },

  rememberTheme: dark => localStorage.setItem("coroDashboard.theme", dark ? "dark" : "light"),
};

// Blazor reports the circuit's connection state as events on the element with this id. The
// dialog never stays up: while the server is unreachable it keeps trying (and tries at once when
// the tab becomes visible again); once the server answers but no longer knows the circuit, the
// page reloads, and because workspace, filters and page live in the URL it comes back as it was.
(() => {
  const retryEveryMs = 5000;
  let retryTimer = null;

  const dialog = () => document.getElementById("components-reconnect-modal");

  const setStatus = text => {
    const status = document.getElementById("components-reconnect-status");
    if (status) status.textContent = text;
  };

  const stopRetrying = () => {
    if (retryTimer !== null) clearInterval(retryTimer);
    retryTimer = null;
    document.removeEventListener("visibilitychange", retryWhenVisible);
  };

  async function retry() {
    try {
      const reconnected = await Blazor.reconnect();
      if (reconnected) {
        stopRetrying();
        dialog()?.close();
        return;
      }
      const resumed = typeof Blazor.resumeCircuit === "function" && await Blazor.resumeCircuit();
      if (resumed) {
        stopRetrying();
        dialog()?.close();
      } else {
        location.reload();
      }
    } catch {
      setStatus("The dashboard server cannot be reached. Trying again…");
    }
  }

  function retryWhenVisible() {
    if (document.visibilityState === "visible") retry();
  }

  function keepRetrying() {
    if (retryTimer === null) retryTimer = setInterval(retry, retryEveryMs);
    document.addEventListener("visibilitychange", retryWhenVisible);
  }

  function onStateChanged(event) {
    const modal = dialog();
    switch (event.detail.state) {
      case "show":
      case "retrying":
        setStatus("Connection lost. Reconnecting…");
        if (modal && !modal.open) modal.showModal();
        break;
      case "hide":
        stopRetrying();
        modal?.close();
        break;
      case "failed":
        setStatus("The dashboard server cannot be reached. Trying again…");
        keepRetrying();
        break;
      case "rejected":
      case "resume-failed":
        location.reload();
        break;
    }
  }

  document.addEventListener("DOMContentLoaded", () =>
    dialog()?.addEventListener("components-reconnect-state-changed", onStateChanged));
})();
