window.__sitegenSearch("t/0/g",{"grain":[120,16]});
