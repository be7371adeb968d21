window.__sitegenSearch("e/places/ipsum-bridge",[3]);
