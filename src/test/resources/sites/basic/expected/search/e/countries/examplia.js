window.__sitegenSearch("e/countries/examplia",[0,5,1,5,1,1,1]);
