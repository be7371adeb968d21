window.__sitegenSearch("tags/countries/examplia",[0]);
