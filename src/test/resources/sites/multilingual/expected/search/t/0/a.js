window.__sitegenSearch("t/0/a",{"after":[0,3],"again":[2,19],"aid":[1,16],"antony":[0,27,1,11,1,24],"arabic":[2,3]});
