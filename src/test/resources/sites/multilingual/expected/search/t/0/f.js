window.__sitegenSearch("t/0/f",{"french":[2,3]});
