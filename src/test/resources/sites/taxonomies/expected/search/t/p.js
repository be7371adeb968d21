window.__sitegenSearch("t/p",{"port":[2,25],"pric":[1,17]});
