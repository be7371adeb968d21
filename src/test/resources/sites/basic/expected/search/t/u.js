window.__sitegenSearch("t/u",{"under":[2,1,9,1,1,1],"union":[12,1],"unit":[4,9,6,9],"until":[2,1,3,19,1,1,5,1,2,1],"up":[8,1],"updat":[5,1,6,1],"use":[2,1],"useful":[4,1],"usual":[12,1]});
