window.__sitegenSearch("t/0/j",{"jan":[0,4,5,4],"january":[5,1],"joint":[7,1],"journey":[6,1],"july":[0,1,8,1],"jun":[11,1]});
