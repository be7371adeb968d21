window.__sitegenSearch("e/places/sampleton",[6,5]);
