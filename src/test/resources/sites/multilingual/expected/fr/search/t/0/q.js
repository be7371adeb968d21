window.__sitegenSearch("t/0/q",{"que":[98,3]});
