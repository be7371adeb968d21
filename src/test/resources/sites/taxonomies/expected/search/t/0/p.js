window.__sitegenSearch("t/0/p",{"port":[118,25],"pric":[120,17]});
