window.__sitegenSearch("t/0/m",{"martin":[0,4,1,4,1,4],"meet":[0,16,2,16],"met":[0,3],"munich":[0,19,2,19]});
