window.__sitegenSearch("tags/tags/labour",[1]);
