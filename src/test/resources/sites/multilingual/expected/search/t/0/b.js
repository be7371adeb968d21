window.__sitegenSearch("t/0/b",{"balloon":[0,3],"blinken":[0,27,1,11,5,24]});
