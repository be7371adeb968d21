window.__sitegenSearch("e/places/sampleton",[2,5]);
