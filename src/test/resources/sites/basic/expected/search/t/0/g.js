window.__sitegenSearch("t/0/g",{"giv":[11,1],"goe":[7,1],"good":[6,1],"grain":[8,3],"grow":[8,1]});
