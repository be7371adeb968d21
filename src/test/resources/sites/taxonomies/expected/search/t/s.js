window.__sitegenSearch("t/s",{"second":[1,1],"steady":[1,16]});
