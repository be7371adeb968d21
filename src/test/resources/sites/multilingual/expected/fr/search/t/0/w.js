window.__sitegenSearch("t/0/w",{"wang":[0,27,1,8],"washington":[1,16]});
