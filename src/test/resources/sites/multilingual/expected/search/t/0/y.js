window.__sitegenSearch("t/0/y",{"year":[6,3],"yi":[0,27,1,8,5,24]});
