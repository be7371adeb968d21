window.__sitegenSearch("tags/tags/statistics",[18]);
