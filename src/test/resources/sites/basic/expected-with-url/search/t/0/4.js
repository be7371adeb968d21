window.__sitegenSearch("t/0/4",{"40":[18,1],"49":[0,3]});
