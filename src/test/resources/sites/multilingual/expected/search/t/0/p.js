window.__sitegenSearch("t/0/p",{"pag":[2,3],"provid":[1,3]});
