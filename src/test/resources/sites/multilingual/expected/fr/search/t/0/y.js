window.__sitegenSearch("t/0/y",{"yi":[0,27,1,8]});
