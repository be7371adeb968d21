window.__sitegenSearch("t/7",{"7unemployment":[0,1]});
