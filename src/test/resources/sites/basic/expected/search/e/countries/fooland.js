window.__sitegenSearch("e/countries/fooland",[3]);
