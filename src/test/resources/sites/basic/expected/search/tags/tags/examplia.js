window.__sitegenSearch("tags/tags/examplia",[0,2,3,1,2,1,3,1,1,1,1,2]);
