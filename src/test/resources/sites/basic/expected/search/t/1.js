window.__sitegenSearch("t/1",{"14":[0,1]});
