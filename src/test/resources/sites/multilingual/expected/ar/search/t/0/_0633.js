window.__sitegenSearch("t/0/_0633",{"سارة":[0,4,1,4]});
