window.__sitegenSearch("t/0/o",{"only":[1,2,1,2],"open":[0,16]});
