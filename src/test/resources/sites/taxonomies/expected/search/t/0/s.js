window.__sitegenSearch("t/0/s",{"second":[1,1],"steady":[1,16]});
