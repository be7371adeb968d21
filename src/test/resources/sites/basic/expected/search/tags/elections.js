window.__sitegenSearch("tags/elections",[6]);
