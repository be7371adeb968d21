window.__sitegenSearch("t/0/c",{"census":[122,16],"count":[122,17],"country":[118,1,4,2]});
