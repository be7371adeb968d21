window.__sitegenSearch("tags/statistics",[13]);
