window.__sitegenSearch("tags/tags/ports",[118]);
