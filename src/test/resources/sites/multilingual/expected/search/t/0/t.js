window.__sitegenSearch("t/0/t",{"talk":[2,3],"told":[1,3],"top":[0,3],"translat":[2,3],"two":[0,3,2,3]});
