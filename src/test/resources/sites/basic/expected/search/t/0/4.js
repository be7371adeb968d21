window.__sitegenSearch("t/0/4",{"49":[0,3]});
