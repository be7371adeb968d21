window.__sitegenSearch("tags/tags/ukraina",[13]);
