window.__sitegenSearch("tags/parliament",[13]);
