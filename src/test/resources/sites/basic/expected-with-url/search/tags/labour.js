window.__sitegenSearch("tags/labour",[1]);
