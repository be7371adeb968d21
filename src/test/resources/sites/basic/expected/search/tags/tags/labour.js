window.__sitegenSearch("tags/tags/labour",[2]);
