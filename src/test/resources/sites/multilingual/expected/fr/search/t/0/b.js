window.__sitegenSearch("t/0/b",{"ballon":[96,3],"blinken":[96,27,2,11]});
