window.__sitegenSearch("t/0/m",{"met":[118,1]});
