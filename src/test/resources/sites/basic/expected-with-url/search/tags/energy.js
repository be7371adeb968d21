window.__sitegenSearch("tags/energy",[8]);
