window.__sitegenSearch("t/0/u",{"unit":[0,3],"us":[0,3]});
