window.__sitegenSearch("e/countries/ellada",[13]);
