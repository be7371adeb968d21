window.__sitegenSearch("t/d",{"delegation":[2,1]});
