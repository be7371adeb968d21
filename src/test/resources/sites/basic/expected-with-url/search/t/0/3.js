window.__sitegenSearch("t/0/3",{"30":[11,1]});
