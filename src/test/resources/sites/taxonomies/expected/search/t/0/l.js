window.__sitegenSearch("t/0/l",{"lorem":[118,17]});
