window.__sitegenSearch("tags/maps",[1]);
