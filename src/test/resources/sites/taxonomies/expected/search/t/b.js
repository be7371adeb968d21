window.__sitegenSearch("t/b",{"border":[0,16],"both":[2,2],"brief":[0,2,1,2,1,2]});
