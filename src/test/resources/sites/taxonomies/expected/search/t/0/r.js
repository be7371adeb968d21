window.__sitegenSearch("t/0/r",{"ruritania":[0,8,2,8]});
