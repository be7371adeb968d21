window.__sitegenSearch("t/0/c",{"chaine":[1,3],"chef":[0,3],"chine":[0,8,1,27],"chinois":[0,3],"chinoise":[0,3],"claire":[0,4,1,4],"conference":[0,3]});
