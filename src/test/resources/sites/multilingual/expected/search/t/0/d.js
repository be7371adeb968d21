window.__sitegenSearch("t/0/d",{"diplomacy":[1,8],"diplomat":[0,3,6,3],"down":[0,3]});
