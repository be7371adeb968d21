window.__sitegenSearch("tags/labour",[12]);
