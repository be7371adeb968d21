window.__sitegenSearch("t/0/v",{"very":[1,3]});
