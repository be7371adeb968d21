window.__sitegenSearch("tags/tags/parliament",[0]);
