window.__sitegenSearch("t/0/m",{"marge":[0,3],"martin":[0,4,1,4],"militaire":[1,16],"munich":[0,19]});
