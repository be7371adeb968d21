window.__sitegenSearch("t/0/p",{"pag":[6,3],"provid":[1,3]});
