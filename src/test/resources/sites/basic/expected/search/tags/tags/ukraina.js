window.__sitegenSearch("tags/tags/ukraina",[4]);
