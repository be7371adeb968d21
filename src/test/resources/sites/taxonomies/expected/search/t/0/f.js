window.__sitegenSearch("t/0/f",{"fictional":[0,1],"finish":[2,1],"fixtur":[0,2,1,2,1,2]});
