window.__sitegenSearch("tags/cote-divoire",[4]);
