window.__sitegenSearch("t/0/m",{"martin":[0,4,1,4,5,4],"meet":[0,16,6,16],"met":[0,3],"munich":[0,19,6,19]});
