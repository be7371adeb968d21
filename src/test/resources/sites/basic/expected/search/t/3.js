window.__sitegenSearch("t/3",{"30":[2,1]});
