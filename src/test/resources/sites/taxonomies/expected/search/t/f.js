window.__sitegenSearch("t/f",{"fictional":[2,1],"finish":[0,1],"fixtur":[0,2,1,2,1,2]});
