window.__sitegenSearch("t/0/f",{"fait":[1,3],"fournir":[1,3]});
