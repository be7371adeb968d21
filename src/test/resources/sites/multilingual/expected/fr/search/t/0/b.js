window.__sitegenSearch("t/0/b",{"ballon":[0,3],"blinken":[0,27,1,11]});
