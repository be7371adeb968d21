window.__sitegenSearch("tags/tags/cote-divoire",[7]);
