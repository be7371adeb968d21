window.__sitegenSearch("t/0/y",{"year":[0,1,2,1,2,1,1,1,1,1,5,1,1,3,1,1],"yet":[4,1]});
