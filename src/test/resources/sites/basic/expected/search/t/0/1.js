window.__sitegenSearch("t/0/1",{"14":[13,1]});
