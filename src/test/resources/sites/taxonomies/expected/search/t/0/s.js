window.__sitegenSearch("t/0/s",{"second":[120,1],"steady":[120,16]});
