window.__sitegenSearch("t/0/a",{"aide":[1,16],"americain":[0,3],"antony":[0,27,1,11],"apres":[0,3],"au":[0,3]});
