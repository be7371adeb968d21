window.__sitegenSearch("t/0/4",{"40":[13,1],"49":[0,3]});
