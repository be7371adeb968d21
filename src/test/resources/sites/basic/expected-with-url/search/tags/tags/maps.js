window.__sitegenSearch("tags/tags/maps",[16]);
