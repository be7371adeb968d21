window.__sitegenSearch("tags/tags/united-states",[4,6]);
