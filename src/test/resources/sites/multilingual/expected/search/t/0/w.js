window.__sitegenSearch("t/0/w",{"wang":[0,27,1,8,5,24],"washington":[1,16],"we":[1,3],"week":[0,3],"weigh":[1,16]});
