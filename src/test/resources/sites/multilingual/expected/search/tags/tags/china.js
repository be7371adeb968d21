window.__sitegenSearch("tags/tags/china",[0,1,5]);
