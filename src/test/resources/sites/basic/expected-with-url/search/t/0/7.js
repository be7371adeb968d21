window.__sitegenSearch("t/0/7",{"7unemployment":[18,1]});
