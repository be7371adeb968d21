window.__sitegenSearch("t/0/u",{"un":[0,3,1,3],"une":[1,16],"unis":[0,3]});
