window.__sitegenSearch("t/j",{"jan":[5,4,6,4,2,4],"january":[11,1],"joint":[9,1],"journey":[2,1,8,1],"july":[8,1,5,1],"jun":[1,1,2,1,2,3,1,1]});
