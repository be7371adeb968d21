window.__sitegenSearch("t/0/y",{"year":[2,3],"yi":[0,27,1,8,1,24]});
