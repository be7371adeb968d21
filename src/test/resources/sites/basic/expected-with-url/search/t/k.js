window.__sitegenSearch("t/k",{"keeper":[13,1]});
