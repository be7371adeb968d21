window.__sitegenSearch("t/5",{"51":[13,3],"58":[7,1]});
