window.__sitegenSearch("e/places/ipsum-bridge",[6]);
