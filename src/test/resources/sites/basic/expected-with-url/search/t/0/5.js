window.__sitegenSearch("t/0/5",{"51":[0,3],"58":[9,1]});
