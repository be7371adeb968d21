window.__sitegenSearch("t/0/a",{"aide":[98,16],"americain":[96,3],"antony":[96,27,2,11],"apres":[96,3],"au":[96,3]});
