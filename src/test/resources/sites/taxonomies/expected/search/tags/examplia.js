window.__sitegenSearch("tags/examplia",[2]);
