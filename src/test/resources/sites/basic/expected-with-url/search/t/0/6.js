window.__sitegenSearch("t/0/6",{"6inflation":[18,1]});
