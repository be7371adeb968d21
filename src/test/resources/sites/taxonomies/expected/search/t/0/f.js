window.__sitegenSearch("t/0/f",{"fictional":[118,1],"finish":[122,1],"fixtur":[118,2,2,2,2,2]});
