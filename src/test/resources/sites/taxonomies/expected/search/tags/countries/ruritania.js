window.__sitegenSearch("tags/countries/ruritania",[118,4]);
