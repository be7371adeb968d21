window.__sitegenSearch("t/0/7",{"7unemployment":[13,1]});
