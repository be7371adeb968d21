window.__sitegenSearch("e/places/port-lorem",[2,13]);
