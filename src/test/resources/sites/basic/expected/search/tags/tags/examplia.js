window.__sitegenSearch("tags/tags/examplia",[0,1,1,1,2,1,2,1,1,1,1,1]);
