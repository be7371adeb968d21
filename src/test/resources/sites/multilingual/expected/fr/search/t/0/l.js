window.__sitegenSearch("t/0/l",{"la":[96,3,2,19],"le":[96,3,2,3],"letal":[98,3],"letale":[98,16]});
