window.__sitegenSearch("tags/tags/trade",[0,1]);
