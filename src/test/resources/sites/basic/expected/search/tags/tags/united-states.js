window.__sitegenSearch("tags/tags/united-states",[3,6]);
