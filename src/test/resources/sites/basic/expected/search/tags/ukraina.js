window.__sitegenSearch("tags/ukraina",[9]);
