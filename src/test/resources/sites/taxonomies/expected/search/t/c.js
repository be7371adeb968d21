window.__sitegenSearch("t/c",{"census":[0,16],"count":[0,17],"country":[0,2,2,1]});
