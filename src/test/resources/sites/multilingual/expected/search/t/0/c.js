window.__sitegenSearch("t/0/c",{"china":[0,11,1,27,5,8],"chines":[0,3],"clair":[0,4,1,4,5,4],"concern":[1,3],"conferenc":[0,3],"consider":[1,3]});
