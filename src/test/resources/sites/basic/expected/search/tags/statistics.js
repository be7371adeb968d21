window.__sitegenSearch("tags/statistics",[0]);
