window.__sitegenSearch("t/0/f",{"french":[6,3]});
