window.__sitegenSearch("tags/borders",[3]);
