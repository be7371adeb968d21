window.__sitegenSearch("t/0/3",{"30":[15,1]});
