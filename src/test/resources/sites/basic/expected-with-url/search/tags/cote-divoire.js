window.__sitegenSearch("tags/cote-divoire",[9]);
