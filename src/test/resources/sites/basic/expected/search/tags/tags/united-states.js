window.__sitegenSearch("tags/tags/united-states",[6,7]);
