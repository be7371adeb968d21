window.__sitegenSearch("tags/transport",[2]);
