window.__sitegenSearch("t/0/l",{"la":[0,3,1,19],"le":[0,3,1,3],"letal":[1,3],"letale":[1,16]});
