window.__sitegenSearch("t/0/j",{"jan":[0,4,2,4,6,4],"january":[2,1],"joint":[4,1],"journey":[3,1,8,1],"july":[0,1,5,1],"jun":[7,1,1,3,2,1,2,1]});
