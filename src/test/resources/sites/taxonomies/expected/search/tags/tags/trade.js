window.__sitegenSearch("tags/tags/trade",[118,2]);
