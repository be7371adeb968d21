window.__sitegenSearch("t/0/l",{"later":[2,3],"lethal":[1,19],"link":[2,3]});
