window.__sitegenSearch("t/0/w",{"week":[1,1]});
