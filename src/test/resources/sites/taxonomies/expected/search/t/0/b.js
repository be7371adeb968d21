window.__sitegenSearch("t/0/b",{"border":[122,16],"both":[118,2],"brief":[118,2,2,2,2,2]});
