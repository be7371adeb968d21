window.__sitegenSearch("t/0/1",{"14":[18,1]});
