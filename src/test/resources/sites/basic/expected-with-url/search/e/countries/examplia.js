window.__sitegenSearch("e/countries/examplia",[3,1,2,4,1,2]);
