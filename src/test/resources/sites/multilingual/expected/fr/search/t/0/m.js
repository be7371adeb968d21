window.__sitegenSearch("t/0/m",{"marge":[96,3],"martin":[96,4,2,4],"militaire":[98,16],"munich":[96,19]});
