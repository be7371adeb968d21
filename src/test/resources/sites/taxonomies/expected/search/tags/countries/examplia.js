window.__sitegenSearch("tags/countries/examplia",[118]);
