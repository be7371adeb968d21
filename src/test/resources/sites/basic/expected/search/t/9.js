window.__sitegenSearch("t/9",{"97":[0,1]});
