window.__sitegenSearch("t/0/e",{"en":[96,3],"envisage":[98,19],"et":[96,16],"etat":[96,3],"etats":[96,3]});
