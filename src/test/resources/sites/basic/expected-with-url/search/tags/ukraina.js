window.__sitegenSearch("tags/ukraina",[4]);
