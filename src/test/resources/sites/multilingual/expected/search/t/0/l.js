window.__sitegenSearch("t/0/l",{"later":[6,3],"lethal":[1,19],"link":[6,3]});
