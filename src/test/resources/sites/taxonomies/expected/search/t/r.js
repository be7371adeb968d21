window.__sitegenSearch("t/r",{"ruritania":[0,8,2,8]});
