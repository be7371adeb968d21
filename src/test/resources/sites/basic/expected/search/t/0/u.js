window.__sitegenSearch("t/0/u",{"under":[2,1,3,1],"union":[2,1],"unit":[6,9],"until":[0,1,5,1,6,1],"up":[8,1],"updat":[5,1],"usual":[2,1]});
