window.__sitegenSearch("tags/countries/ruritania",[0,2]);
