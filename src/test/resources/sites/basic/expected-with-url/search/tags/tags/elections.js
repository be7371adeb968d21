window.__sitegenSearch("tags/tags/elections",[9]);
