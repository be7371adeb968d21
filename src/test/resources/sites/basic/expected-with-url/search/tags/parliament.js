window.__sitegenSearch("tags/parliament",[0]);
