window.__sitegenSearch("tags/tags/trade",[1,1]);
