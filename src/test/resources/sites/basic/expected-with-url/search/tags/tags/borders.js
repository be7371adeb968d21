window.__sitegenSearch("tags/tags/borders",[6]);
