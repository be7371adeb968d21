window.__sitegenSearch("t/0/y",{"yi":[96,27,2,8]});
