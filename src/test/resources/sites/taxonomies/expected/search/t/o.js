window.__sitegenSearch("t/o",{"only":[0,2,1,2],"open":[2,16]});
