window.__sitegenSearch("t/w",{"week":[1,1]});
