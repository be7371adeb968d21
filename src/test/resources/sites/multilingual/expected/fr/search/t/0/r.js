window.__sitegenSearch("t/0/r",{"rencontre":[0,3],"rencontrent":[0,16],"russie":[1,19]});
