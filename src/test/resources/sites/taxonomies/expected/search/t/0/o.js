window.__sitegenSearch("t/0/o",{"only":[120,2,2,2],"open":[118,16]});
