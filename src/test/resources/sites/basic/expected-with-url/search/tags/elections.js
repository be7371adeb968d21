window.__sitegenSearch("tags/elections",[7]);
