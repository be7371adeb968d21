window.__sitegenSearch("tags/borders",[10]);
