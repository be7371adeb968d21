window.__sitegenSearch("tags/tags/chine",[0,1]);
