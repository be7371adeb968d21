window.__sitegenSearch("t/0/c",{"chaine":[98,3],"chef":[96,3],"chine":[96,8,2,27],"chinois":[96,3],"chinoise":[96,3],"claire":[96,4,2,4],"conference":[96,3]});
