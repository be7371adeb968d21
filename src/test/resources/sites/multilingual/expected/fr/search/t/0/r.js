window.__sitegenSearch("t/0/r",{"rencontre":[96,3],"rencontrent":[96,16],"russie":[98,19]});
