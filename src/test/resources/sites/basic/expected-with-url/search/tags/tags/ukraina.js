window.__sitegenSearch("tags/tags/ukraina",[9]);
