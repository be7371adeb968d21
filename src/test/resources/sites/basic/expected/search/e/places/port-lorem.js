window.__sitegenSearch("e/places/port-lorem",[1,10]);
