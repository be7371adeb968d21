window.__sitegenSearch("t/0/0",{"017":[2,1]});
