window.__sitegenSearch("tags/trade",[4]);
