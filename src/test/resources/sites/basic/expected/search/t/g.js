window.__sitegenSearch("t/g",{"giv":[6,1],"goe":[9,1],"good":[10,1],"government":[5,3],"grain":[8,3],"grow":[8,1],"growth":[0,3]});
