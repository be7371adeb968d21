window.__sitegenSearch("tags/examplia",[0,1,1,1,2,1,2,1,1,1,1,1]);
