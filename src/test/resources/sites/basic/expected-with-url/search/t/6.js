window.__sitegenSearch("t/6",{"6inflation":[0,1]});
