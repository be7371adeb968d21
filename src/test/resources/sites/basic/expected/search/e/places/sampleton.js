window.__sitegenSearch("e/places/sampleton",[9,6]);
