window.__sitegenSearch("t/0/a",{"after":[0,3],"again":[6,19],"aid":[1,16],"antony":[0,27,1,11,5,24],"arabic":[6,3]});
