window.__sitegenSearch("t/0/d",{"delegation":[118,1]});
