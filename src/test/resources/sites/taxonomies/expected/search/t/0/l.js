window.__sitegenSearch("t/0/l",{"lorem":[0,17]});
