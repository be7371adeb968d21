window.__sitegenSearch("t/y",{"year":[0,1,1,3,1,1,5,1,1,1,1,1,2,1,2,1],"yet":[9,1]});
