window.__sitegenSearch("t/0/q",{"que":[1,3]});
