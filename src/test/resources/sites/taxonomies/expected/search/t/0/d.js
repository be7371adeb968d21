window.__sitegenSearch("t/0/d",{"delegation":[0,1]});
