window.__sitegenSearch("t/0/u",{"under":[1,1,1,1,9,1],"union":[1,1],"unit":[3,9,6,9],"until":[0,1,2,1,5,1,1,19,3,1],"up":[5,1],"updat":[2,1,6,1],"use":[11,1],"useful":[9,1],"usual":[1,1]});
