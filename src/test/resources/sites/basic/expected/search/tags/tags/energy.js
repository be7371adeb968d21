window.__sitegenSearch("tags/tags/energy",[12]);
