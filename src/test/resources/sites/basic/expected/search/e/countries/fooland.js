window.__sitegenSearch("e/countries/fooland",[6]);
