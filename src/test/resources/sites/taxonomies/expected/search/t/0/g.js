window.__sitegenSearch("t/0/g",{"grain":[1,16]});
