window.__sitegenSearch("t/0/w",{"week":[120,1]});
