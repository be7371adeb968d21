window.__sitegenSearch("tags/energy",[5]);
