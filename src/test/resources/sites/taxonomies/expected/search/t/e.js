window.__sitegenSearch("t/e",{"examplia":[2,8]});
