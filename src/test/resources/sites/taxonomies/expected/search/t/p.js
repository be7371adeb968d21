window.__sitegenSearch("t/p",{"port":[2,17],"pric":[1,17]});
