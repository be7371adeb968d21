window.__sitegenSearch("t/0/t",{"tres":[1,3]});
