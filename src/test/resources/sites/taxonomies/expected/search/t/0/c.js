window.__sitegenSearch("t/0/c",{"census":[2,16],"count":[2,17],"country":[0,1,2,2]});
