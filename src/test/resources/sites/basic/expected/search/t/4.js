window.__sitegenSearch("t/4",{"49":[13,3]});
