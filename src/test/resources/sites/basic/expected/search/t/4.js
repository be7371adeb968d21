window.__sitegenSearch("t/4",{"40":[0,1],"49":[13,3]});
