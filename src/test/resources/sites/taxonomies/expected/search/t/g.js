window.__sitegenSearch("t/g",{"grain":[1,16]});
