window.__sitegenSearch("t/0/9",{"97":[18,1]});
