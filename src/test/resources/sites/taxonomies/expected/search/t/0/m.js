window.__sitegenSearch("t/0/m",{"met":[0,1]});
