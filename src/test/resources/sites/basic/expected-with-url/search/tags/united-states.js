window.__sitegenSearch("tags/united-states",[3,6]);
