window.__sitegenSearch("tags/maps",[12]);
