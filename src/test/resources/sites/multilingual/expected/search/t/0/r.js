window.__sitegenSearch("t/0/r",{"russia":[1,19]});
