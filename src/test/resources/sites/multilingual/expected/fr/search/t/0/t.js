window.__sitegenSearch("t/0/t",{"tres":[98,3]});
