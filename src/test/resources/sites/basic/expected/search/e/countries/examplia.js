window.__sitegenSearch("e/countries/examplia",[0,2,1,4,1,1,1]);
