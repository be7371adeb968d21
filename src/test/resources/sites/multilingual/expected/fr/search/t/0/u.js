window.__sitegenSearch("t/0/u",{"un":[96,3,2,3],"une":[98,16],"unis":[96,3]});
