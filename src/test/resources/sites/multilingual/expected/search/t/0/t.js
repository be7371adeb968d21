window.__sitegenSearch("t/0/t",{"talk":[6,3],"told":[1,3],"top":[0,3],"translat":[6,3],"two":[0,3,6,3]});
