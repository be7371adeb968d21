window.__sitegenSearch("tags/tags/maps",[12]);
