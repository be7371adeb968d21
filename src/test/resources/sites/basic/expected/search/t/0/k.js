window.__sitegenSearch("t/0/k",{"keeper":[0,1]});
