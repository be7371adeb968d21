window.__sitegenSearch("t/0/f",{"fait":[98,3],"fournir":[98,3]});
