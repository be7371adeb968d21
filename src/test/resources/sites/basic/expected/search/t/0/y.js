window.__sitegenSearch("t/0/y",{"year":[0,1,5,1,2,1,1,1,1,1],"yet":[7,1]});
