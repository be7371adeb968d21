window.__sitegenSearch("t/0/e",{"examplia":[118,8]});
