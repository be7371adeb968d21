window.__sitegenSearch("t/0/p",{"port":[0,25],"pric":[1,17]});
