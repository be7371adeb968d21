window.__sitegenSearch("tags/united-states",[4,6]);
