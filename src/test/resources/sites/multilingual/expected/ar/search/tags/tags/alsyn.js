window.__sitegenSearch("tags/tags/alsyn",[0,3]);
