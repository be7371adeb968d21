window.__sitegenSearch("tags/trade",[9]);
