window.__sitegenSearch("t/l",{"lorem":[2,17]});
