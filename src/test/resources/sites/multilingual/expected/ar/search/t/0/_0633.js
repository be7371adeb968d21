window.__sitegenSearch("t/0/_0633",{"سارة":[0,4,3,4]});
