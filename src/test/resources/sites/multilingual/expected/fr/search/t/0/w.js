window.__sitegenSearch("t/0/w",{"wang":[96,27,2,8],"washington":[98,16]});
