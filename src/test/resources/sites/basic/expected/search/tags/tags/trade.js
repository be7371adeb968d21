window.__sitegenSearch("tags/tags/trade",[7]);
