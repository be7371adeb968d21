window.__sitegenSearch("t/0/r",{"ruritania":[118,8,4,8]});
