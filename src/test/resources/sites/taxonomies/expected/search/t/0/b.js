window.__sitegenSearch("t/0/b",{"border":[2,16],"both":[0,2],"brief":[0,2,1,2,1,2]});
