window.__sitegenSearch("t/0/e",{"en":[0,3],"envisage":[1,19],"et":[0,16],"etat":[0,3],"etats":[0,3]});
