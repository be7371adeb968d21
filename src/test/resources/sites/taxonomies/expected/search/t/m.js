window.__sitegenSearch("t/m",{"met":[2,1]});
