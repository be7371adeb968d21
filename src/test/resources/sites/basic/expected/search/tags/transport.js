window.__sitegenSearch("tags/transport",[11]);
