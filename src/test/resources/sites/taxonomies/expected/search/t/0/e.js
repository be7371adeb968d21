window.__sitegenSearch("t/0/e",{"examplia":[0,8]});
